package org.stationconfig.settings;

/** What security profiles 2 and 3 need besides settings (whitepaper A05.FR.03/04); answered by the certificate store. */
public interface SecurityPrerequisites {

    boolean hasCentralSystemRootCertificate();

    boolean hasChargePointCertificate();
}
