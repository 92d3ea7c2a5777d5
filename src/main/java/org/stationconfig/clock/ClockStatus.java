package org.stationconfig.clock;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * The station's time as it uses it.
 *
 * @param offsetMillis the last measured difference central system − station, when known
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClockStatus(Instant now, String source, @Nullable Long offsetMillis, @Nullable Instant measuredAt) {
}
