package org.stationconfig.station.ocpp;

import java.util.Arrays;
import org.stationconfig.metering.Measurand;
import org.stationconfig.metering.Phase;
import org.stationconfig.ocpp.rpc.WireEnums;
import org.stationconfig.ocpp.v16.types.Location;
import org.stationconfig.ocpp.v16.types.MeterValue;
import org.stationconfig.ocpp.v16.types.ReadingContext;
import org.stationconfig.ocpp.v16.types.SampledValue;
import org.stationconfig.ocpp.v16.types.UnitOfMeasure;
import org.stationconfig.station.metering.MeterSample;
import org.stationconfig.station.metering.Sample;
import org.stationconfig.station.metering.SampleContext;
import org.stationconfig.station.metering.SampleLocation;
import org.stationconfig.station.metering.Unit;

/**
 * A meter sample ↔ an OCPP 1.6 MeterValue (S16 ch.7). The station spells measurands, phases, contexts and units as
 * OCPP 1.6 does, so each maps by its spelling; a constant without a counterpart fails here, not on the wire.
 */
public final class MeterValueWire {

    private MeterValueWire() {
    }

    public static MeterValue toWire(MeterSample sample) {
        return new MeterValue(sample.timestamp(), sample.values().stream().map(MeterValueWire::toWire).toList());
    }

    static SampledValue toWire(Sample sample) {
        return new SampledValue(sample.value(), toWire(sample.context()), null, toWire(sample.measurand()),
                sample.phase() == null ? null : toWire(sample.phase()),
                sample.location() == null ? null : toWire(sample.location()),
                sample.unit() == null ? null : toWire(sample.unit()));
    }

    static org.stationconfig.ocpp.v16.types.Measurand toWire(Measurand measurand) {
        return wire(org.stationconfig.ocpp.v16.types.Measurand.class, measurand.text());
    }

    static Measurand fromWire(org.stationconfig.ocpp.v16.types.Measurand measurand) {
        return station(Measurand.values(), measurand.wireValue(), Measurand::text);
    }

    static org.stationconfig.ocpp.v16.types.Phase toWire(Phase phase) {
        return wire(org.stationconfig.ocpp.v16.types.Phase.class, phase.text());
    }

    static Phase fromWire(org.stationconfig.ocpp.v16.types.Phase phase) {
        return station(Phase.values(), phase.wireValue(), Phase::text);
    }

    static ReadingContext toWire(SampleContext context) {
        return wire(ReadingContext.class, context.text());
    }

    static SampleContext fromWire(ReadingContext context) {
        return station(SampleContext.values(), context.wireValue(), SampleContext::text);
    }

    static UnitOfMeasure toWire(Unit unit) {
        return wire(UnitOfMeasure.class, unit.name());
    }

    static Unit fromWire(UnitOfMeasure unit) {
        return station(Unit.values(), unit.wireValue(), Unit::name);
    }

    static Location toWire(SampleLocation location) {
        return wire(Location.class, location.name());
    }

    static SampleLocation fromWire(Location location) {
        return station(SampleLocation.values(), location.name(), SampleLocation::name);
    }

    private static <W extends Enum<W>> W wire(Class<W> type, String text) {
        return WireEnums.fromWire(type, text).orElseThrow(() -> new IllegalStateException(
                "OCPP 1.6 has no " + type.getSimpleName() + " " + text));
    }

    private static <S extends Enum<S>> S station(S[] values, String text, java.util.function.Function<S, String> spelling) {
        return Arrays.stream(values).filter(value -> spelling.apply(value).equals(text)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the station has no " + text));
    }
}
