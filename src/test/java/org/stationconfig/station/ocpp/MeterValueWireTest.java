package org.stationconfig.station.ocpp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stationconfig.metering.Measurand;
import org.stationconfig.metering.Phase;
import org.stationconfig.ocpp.rpc.JsonText;
import org.stationconfig.ocpp.rpc.PayloadWriter;
import org.stationconfig.ocpp.v16.types.Location;
import org.stationconfig.ocpp.v16.types.ReadingContext;
import org.stationconfig.ocpp.v16.types.UnitOfMeasure;
import org.stationconfig.station.hardware.MeterReading;
import org.stationconfig.station.metering.MeasurandSampler;
import org.stationconfig.station.metering.SampleContext;
import org.stationconfig.station.metering.SampleLocation;
import org.stationconfig.station.metering.Unit;

/** Every measurand, phase, context, location and unit has its OCPP 1.6 spelling both ways; the JSON is unchanged. */
class MeterValueWireTest {

    @ParameterizedTest
    @EnumSource(Measurand.class)
    void everyMeasurandMapsBothWays(Measurand measurand) {
        assertEquals(measurand.text(), MeterValueWire.toWire(measurand).wireValue());
        assertEquals(measurand, MeterValueWire.fromWire(MeterValueWire.toWire(measurand)));
    }

    @ParameterizedTest
    @EnumSource(org.stationconfig.ocpp.v16.types.Measurand.class)
    void everyWireMeasurandHasAStationOne(org.stationconfig.ocpp.v16.types.Measurand measurand) {
        assertEquals(measurand, MeterValueWire.toWire(MeterValueWire.fromWire(measurand)));
    }

    @ParameterizedTest
    @EnumSource(Phase.class)
    void everyPhaseMapsBothWays(Phase phase) {
        assertEquals(phase.text(), MeterValueWire.toWire(phase).wireValue());
        assertEquals(phase, MeterValueWire.fromWire(MeterValueWire.toWire(phase)));
    }

    @ParameterizedTest
    @EnumSource(org.stationconfig.ocpp.v16.types.Phase.class)
    void everyWirePhaseHasAStationOne(org.stationconfig.ocpp.v16.types.Phase phase) {
        assertEquals(phase, MeterValueWire.toWire(MeterValueWire.fromWire(phase)));
    }

    @ParameterizedTest
    @EnumSource(SampleContext.class)
    void everyContextMapsBothWays(SampleContext context) {
        assertEquals(context.text(), MeterValueWire.toWire(context).wireValue());
        assertEquals(context, MeterValueWire.fromWire(MeterValueWire.toWire(context)));
    }

    @ParameterizedTest
    @EnumSource(ReadingContext.class)
    void everyReadingContextHasAStationOne(ReadingContext context) {
        assertEquals(context, MeterValueWire.toWire(MeterValueWire.fromWire(context)));
    }

    @ParameterizedTest
    @EnumSource(Unit.class)
    void everyUnitMapsBothWays(Unit unit) {
        assertEquals(unit.name(), MeterValueWire.toWire(unit).wireValue());
        assertEquals(unit, MeterValueWire.fromWire(MeterValueWire.toWire(unit)));
    }

    @ParameterizedTest
    @EnumSource(UnitOfMeasure.class)
    void everyUnitOfMeasureHasAStationOne(UnitOfMeasure unit) {
        assertEquals(unit, MeterValueWire.toWire(MeterValueWire.fromWire(unit)));
    }

    @ParameterizedTest
    @EnumSource(SampleLocation.class)
    void everyLocationMapsBothWays(SampleLocation location) {
        assertEquals(location.name(), MeterValueWire.toWire(location).name());
        assertEquals(location, MeterValueWire.fromWire(MeterValueWire.toWire(location)));
    }

    @ParameterizedTest
    @EnumSource(Location.class)
    void everyWireLocationHasAStationOne(Location location) {
        assertEquals(location, MeterValueWire.toWire(MeterValueWire.fromWire(location)));
    }

    @Test
    void aSampledReadingIsTheSameMeterValueJsonAsBefore() {
        MeterReading reading = new MeterReading(12345.6, List.of(16.0, 10.0, 10.0), List.of(230.0, 231.0, 229.0),
                16, 50, 24.5, 41.6);
        var sample = MeasurandSampler.sample(reading, List.of("Energy.Active.Import.Register", "Voltage.L2-N",
                "Temperature", "Frequency", "SoC"), SampleContext.SAMPLE_PERIODIC,
                Instant.parse("2026-03-01T12:00:00Z"), 12000);
        String json = JsonText.write(new PayloadWriter().write(MeterValueWire.toWire(sample)));
        assertEquals("{\"timestamp\":\"2026-03-01T12:00:00Z\",\"sampledValue\":["
                + "{\"value\":\"12346\",\"context\":\"Sample.Periodic\",\"measurand\":\"Energy.Active.Import.Register\","
                + "\"unit\":\"Wh\"},"
                + "{\"value\":\"231.0\",\"context\":\"Sample.Periodic\",\"measurand\":\"Voltage\",\"phase\":\"L2-N\","
                + "\"unit\":\"V\"},"
                + "{\"value\":\"24.5\",\"context\":\"Sample.Periodic\",\"measurand\":\"Temperature\",\"location\":\"Body\","
                + "\"unit\":\"Celsius\"},"
                + "{\"value\":\"50.00\",\"context\":\"Sample.Periodic\",\"measurand\":\"Frequency\"},"
                + "{\"value\":\"42\",\"context\":\"Sample.Periodic\",\"measurand\":\"SoC\",\"location\":\"EV\","
                + "\"unit\":\"Percent\"}]}", json);
    }
}
