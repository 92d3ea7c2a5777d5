package org.stationconfig.ocpp.v16.types;

/** Security whitepaper CertificateUseEnumType. */
public enum CertificateUse { CentralSystemRootCertificate, ManufacturerRootCertificate }
