package org.stationconfig.certificates.ocpp;

import jakarta.inject.Singleton;
import java.util.List;
import org.stationconfig.certificates.CertificateUse;
import org.stationconfig.certificates.HashAlgorithm;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.CallHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.v16.security.GetInstalledCertificateIds;
import org.stationconfig.ocpp.v16.security.GetInstalledCertificateIds.GetInstalledCertificateStatus;
import org.stationconfig.ocpp.v16.types.CertificateHashData;

/**
 * GetInstalledCertificateIds (whitepaper M03): the installed roots of the requested type as SHA-256 hash data (the
 * 1.6 request names no algorithm), NotFound when there are none. From memory, so answered on the OCPP thread.
 */
@Singleton
public class GetInstalledCertificateIdsHandler implements OcppHandler {

    private final InstalledHashes hashes;

    public GetInstalledCertificateIdsHandler(InstalledHashes hashes) {
        this.hashes = hashes;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(GetInstalledCertificateIds.ACTION, CallHandler.sync(this::answer));
    }

    GetInstalledCertificateIds.Response answer(GetInstalledCertificateIds.Request request) {
        CertificateUse use = CertificateUse.fromOcppName(request.certificateType().name()).orElseThrow();
        List<CertificateHashData> found = hashes.of(use, HashAlgorithm.SHA256).stream().map(OcppHashData::toOcpp).toList();
        return found.isEmpty()
                ? new GetInstalledCertificateIds.Response(null, GetInstalledCertificateStatus.NotFound)
                : new GetInstalledCertificateIds.Response(found, GetInstalledCertificateStatus.Accepted);
    }
}
