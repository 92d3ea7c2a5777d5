package org.stationconfig.ocpp.v16;

import static org.stationconfig.ocpp.v16.Example.put;
import static org.stationconfig.ocpp.v16.Example.t;

import java.util.List;
import java.util.Map;
import org.stationconfig.ocpp.v16.security.CertificateSigned;
import org.stationconfig.ocpp.v16.security.DeleteCertificate;
import org.stationconfig.ocpp.v16.security.ExtendedTriggerMessage;
import org.stationconfig.ocpp.v16.security.GetInstalledCertificateIds;
import org.stationconfig.ocpp.v16.security.GetLog;
import org.stationconfig.ocpp.v16.security.InstallCertificate;
import org.stationconfig.ocpp.v16.security.LogStatusNotification;
import org.stationconfig.ocpp.v16.security.SecurityEventNotification;
import org.stationconfig.ocpp.v16.security.SignCertificate;
import org.stationconfig.ocpp.v16.security.SignedFirmwareStatusNotification;
import org.stationconfig.ocpp.v16.security.SignedUpdateFirmware;
import org.stationconfig.ocpp.v16.types.CertificateHashData;
import org.stationconfig.ocpp.v16.types.CertificateUse;
import org.stationconfig.ocpp.v16.types.Firmware;
import org.stationconfig.ocpp.v16.types.HashAlgorithm;
import org.stationconfig.ocpp.v16.types.LogParameters;
import org.stationconfig.ocpp.v16.types.TriggerMessageStatus;

/** Security whitepaper examples; each mirrors its golden JSON. */
final class SecurityExamples {

    private static final String PEM = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUZ2F0ZXdheQ==\n-----END CERTIFICATE-----\n";

    private SecurityExamples() {
    }

    static void addTo(Map<String, Example> examples) {
        put(examples, CertificateSigned.ACTION, new CertificateSigned.Request(PEM),
                new CertificateSigned.Response(CertificateSigned.CertificateSignedStatus.Accepted));
        put(examples, DeleteCertificate.ACTION, new DeleteCertificate.Request(new CertificateHashData(HashAlgorithm.SHA256,
                        "5f2c5e0a7b7f4d0c9e0b4c6a1d2e3f405f2c5e0a7b7f4d0c9e0b4c6a1d2e3f40",
                        "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9", "FFF")),
                new DeleteCertificate.Response(DeleteCertificate.DeleteCertificateStatus.NotFound));
        put(examples, ExtendedTriggerMessage.ACTION,
                new ExtendedTriggerMessage.Request(ExtendedTriggerMessage.MessageTrigger.SignChargePointCertificate, null),
                new ExtendedTriggerMessage.Response(TriggerMessageStatus.Accepted));
        put(examples, GetInstalledCertificateIds.ACTION, new GetInstalledCertificateIds.Request(CertificateUse.CentralSystemRootCertificate),
                new GetInstalledCertificateIds.Response(List.of(new CertificateHashData(HashAlgorithm.SHA384, "aa11", "bb22", "1A2B")),
                        GetInstalledCertificateIds.GetInstalledCertificateStatus.Accepted));
        put(examples, GetLog.ACTION, new GetLog.Request(new LogParameters("https://logs.example.com/upload",
                        t("2026-11-01T00:00:00Z"), t("2026-11-22T00:00:00Z")), GetLog.LogType.SecurityLog, 17, 1, 30),
                new GetLog.Response(GetLog.LogStatus.AcceptedCanceled, "security-17.log"));
        put(examples, InstallCertificate.ACTION, new InstallCertificate.Request(CertificateUse.ManufacturerRootCertificate, PEM),
                new InstallCertificate.Response(InstallCertificate.InstallCertificateStatus.Failed));
        put(examples, LogStatusNotification.ACTION,
                new LogStatusNotification.Request(LogStatusNotification.UploadLogStatus.Uploading, 17),
                new LogStatusNotification.Response());
        put(examples, SecurityEventNotification.ACTION, new SecurityEventNotification.Request("InvalidMessages",
                        t("2026-11-22T10:15:30Z"), "payload is not a JSON object"),
                new SecurityEventNotification.Response());
        put(examples, SignCertificate.ACTION, new SignCertificate.Request(
                        "-----BEGIN CERTIFICATE REQUEST-----\nMIIBWjCCAQACAQAwHjEcMBoGA1UEAwwTU04tMDAwMQ==\n-----END CERTIFICATE REQUEST-----\n"),
                new SignCertificate.Response(SignCertificate.GenericStatus.Rejected));
        put(examples, SignedFirmwareStatusNotification.ACTION, new SignedFirmwareStatusNotification.Request(
                        SignedFirmwareStatusNotification.FirmwareStatus.InstallVerificationFailed, 23),
                new SignedFirmwareStatusNotification.Response());
        put(examples, SignedUpdateFirmware.ACTION, new SignedUpdateFirmware.Request(3, 120, 23, new Firmware(
                        "https://fw.example.com/ac22-1.5.0.bin", t("2026-11-23T02:00:00Z"), t("2026-11-23T03:00:00Z"), PEM,
                        "MEUCIQDxZm9vYmFyYmF6AiBiYXpxdXV4")),
                new SignedUpdateFirmware.Response(SignedUpdateFirmware.UpdateFirmwareStatus.InvalidCertificate));
    }
}
