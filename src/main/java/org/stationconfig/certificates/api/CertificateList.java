package org.stationconfig.certificates.api;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The installed certificates, and what the caller may do with each use, so the app shows "+" and the delete button
 * only where they work.
 *
 * @param certificates oldest first
 * @param permissions  one per certificate use, for the caller (the permission data, SPEC §6)
 */
@Serdeable
@Schema(name = "CertificateList")
public record CertificateList(List<CertificateView> certificates, List<UsePermission> permissions) {

    /** @param use the OCPP name; {@code add}/{@code delete} whether the caller may install/delete certificates of it */
    @Serdeable
    @Schema(name = "CertificateUsePermission")
    public record UsePermission(String use, boolean add, boolean delete) {
    }
}
