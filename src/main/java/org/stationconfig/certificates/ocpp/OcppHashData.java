package org.stationconfig.certificates.ocpp;

import org.stationconfig.certificates.CertificateHashData;
import org.stationconfig.certificates.HashAlgorithm;

/** Between the OCPP message type and the certificate core's CertificateHashData (same fields, same names). */
final class OcppHashData {

    private OcppHashData() {
    }

    static CertificateHashData fromOcpp(org.stationconfig.ocpp.v16.types.CertificateHashData wire) {
        return new CertificateHashData(HashAlgorithm.valueOf(wire.hashAlgorithm().name()), wire.issuerNameHash(),
                wire.issuerKeyHash(), wire.serialNumber());
    }

    static org.stationconfig.ocpp.v16.types.CertificateHashData toOcpp(CertificateHashData hash) {
        return new org.stationconfig.ocpp.v16.types.CertificateHashData(
                org.stationconfig.ocpp.v16.types.HashAlgorithm.valueOf(hash.hashAlgorithm().name()),
                hash.issuerNameHash(), hash.issuerKeyHash(), hash.serialNumber());
    }
}
