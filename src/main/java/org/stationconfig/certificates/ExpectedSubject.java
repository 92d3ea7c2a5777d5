package org.stationconfig.certificates;

/**
 * What the station certificate's subject must say (A00.FR.404/405, checked on CertificateSigned per A02.FR.06):
 * CN = the charge point serial number, O = the CPO name. A null value is not checked.
 */
public record ExpectedSubject(String serialNumber, String cpoName) {

    public static ExpectedSubject any() {
        return new ExpectedSubject(null, null);
    }
}
