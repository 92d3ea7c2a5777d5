package org.stationconfig.connection;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.stationconfig.settings.Warning;

/**
 * What a connection test found (SPEC §3): each stage reached, the one that failed and why, nothing stored.
 *
 * @param stages DNS, TCP, TLS (wss only), HTTP upgrade, SUBPROTOCOL, in order, up to the one that failed
 * @param note   what the test may have done to the live connection
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConnectionTestResult(boolean ok, String effectiveUrl, List<Stage> stages, @Nullable LastError error,
                                   List<Warning> warnings, @Nullable String note) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Stage(String stage, boolean ok, @Nullable String detail) {
    }
}
