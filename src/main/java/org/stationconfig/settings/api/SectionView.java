package org.stationconfig.settings.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One section of a screen as the app draws it, in the caller's language: its lines in order. A line is a setting
 * (drawn from the setting of that key in the same page), the connection status line or the certificates.
 *
 * @param screen   {@code ocpp16json} for the phone app's "OCPP 1.6 JSON" screen, else the group the section shows
 * @param position the section's place on its screen, from 1
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SectionView(String id, String title, String screen, String screenTitle, int position, List<Line> items) {

    /**
     * @param kind         SETTING, CONNECTION_STATUS or CERTIFICATES
     * @param setting      for SETTING: the setting's key
     * @param href         for CONNECTION_STATUS and CERTIFICATES: where the app reads (and, for certificates, changes)
     *                     what the line shows
     * @param certificates for CERTIFICATES: what the caller may do per certificate use
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(String kind, int position, @Nullable String setting, @Nullable String label,
                       @Nullable String help, @Nullable String href, @Nullable List<CertificateActions> certificates) {
    }

    /**
     * What the caller may do with certificates of one use; the same permission data as {@code GET /api/v1/certificates}.
     *
     * @param reason why not, when the caller may neither add nor delete
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CertificateActions(String use, String label, boolean add, boolean delete, @Nullable String reason) {
    }
}
