package org.stationconfig.station.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.stationconfig.ocpp.rpc.WireEnums;
import org.stationconfig.ocpp.v16.types.MeterValue;
import org.stationconfig.ocpp.v16.types.SampledValue;

/** Meter values taken at one moment, in OCPP's spelling. */
@Serdeable
public record MeterValuesView(Instant timestamp, List<Value> values) {

    @Serdeable
    public record Value(@Nullable String measurand, @Nullable String phase, String value, @Nullable String unit,
                        @Nullable String context) {
    }

    public static MeterValuesView of(MeterValue meterValue) {
        return new MeterValuesView(meterValue.timestamp(), meterValue.sampledValue().stream().map(MeterValuesView::value)
                .toList());
    }

    private static Value value(SampledValue sampled) {
        return new Value(wire(sampled.measurand()), wire(sampled.phase()), sampled.value(), wire(sampled.unit()),
                wire(sampled.context()));
    }

    private static String wire(Enum<?> value) {
        return value == null ? null : WireEnums.toWire(value);
    }
}
