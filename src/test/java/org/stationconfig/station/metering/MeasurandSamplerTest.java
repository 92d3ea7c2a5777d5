package org.stationconfig.station.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stationconfig.station.hardware.MeterReading;

/** A reading becomes exactly the configured measurands, each with its unit and phase (S16 §3.16, ch.7). */
class MeasurandSamplerTest {

    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    /** 3 phases at 230 V: 16 A, 10 A, 10 A drawn, 16 A offered, 12 345.6 Wh on the register, SoC 41.6 %. */
    private static final MeterReading READING = new MeterReading(12345.6, List.of(16.0, 10.0, 10.0),
            List.of(230.0, 230.0, 230.0), 16, 50, 24.5, 41.6);

    @Test
    void eachItemGivesOneValueInTheConfiguredOrderWithItsUnit() {
        MeterSample value = MeasurandSampler.sample(READING, List.of("Energy.Active.Import.Register",
                "Power.Active.Import", "Current.Import", "Voltage", "Frequency", "Temperature", "SoC",
                "Current.Offered", "Power.Offered", "Energy.Active.Import.Interval"), SampleContext.SAMPLE_PERIODIC, AT,
                12000);
        assertEquals(AT, value.timestamp());
        assertEquals(List.of(
                "Energy.Active.Import.Register - 12346 Wh Sample.Periodic Outlet",
                "Power.Active.Import - 8280 W Sample.Periodic Outlet",
                "Current.Import - 16.0 A Sample.Periodic Outlet",
                "Voltage - 230.0 V Sample.Periodic Outlet",
                "Frequency - 50.00 - Sample.Periodic Outlet",
                "Temperature - 24.5 Celsius Sample.Periodic Body",
                "SoC - 42 Percent Sample.Periodic EV",
                "Current.Offered - 16.0 A Sample.Periodic Outlet",
                "Power.Offered - 11040 W Sample.Periodic Outlet",
                "Energy.Active.Import.Interval - 346 Wh Sample.Periodic Outlet"), describe(value));
    }

    @Test
    void phasesNameOneLineTheNeutralOrALineToLineVoltage() {
        MeterSample value = MeasurandSampler.sample(READING, List.of("Current.Import.L1", "Current.Import.L2",
                "Current.Import.N", "Voltage.L3-N", "Voltage.L1-L2", "Power.Active.Import.L2", "Power.Offered.L1"),
                SampleContext.TRANSACTION_BEGIN, AT, 0);
        assertEquals(List.of(
                "Current.Import L1 16.0 A Transaction.Begin Outlet",
                "Current.Import L2 10.0 A Transaction.Begin Outlet",
                "Current.Import N 6.0 A Transaction.Begin Outlet",
                "Voltage L3-N 230.0 V Transaction.Begin Outlet",
                "Voltage L1-L2 398.4 V Transaction.Begin Outlet",
                "Power.Active.Import L2 2300 W Transaction.Begin Outlet",
                "Power.Offered L1 3680 W Transaction.Begin Outlet"), describe(value));
    }

    @Test
    void whatCannotBeMeasuredNowIsLeftOut() {
        MeterReading noEv = new MeterReading(0, List.of(0.0), List.of(230.0), 0, 50, 20, null);
        MeterSample value = MeasurandSampler.sample(noEv, List.of("SoC", "Current.Import.L2", "Voltage.L1-L2",
                "Energy.Reactive.Import.Register", "Nonsense", "Energy.Active.Import.Register"),
                SampleContext.SAMPLE_CLOCK, AT, 0);
        assertEquals(List.of("Energy.Active.Import.Register - 0 Wh Sample.Clock Outlet"), describe(value),
                "no EV, a phase this single-phase meter lacks, a measurand it cannot measure, garbage");
    }

    private static List<String> describe(MeterSample value) {
        return value.values().stream().map(MeasurandSamplerTest::describe).toList();
    }

    private static String describe(Sample v) {
        return v.measurand().text() + " " + (v.phase() == null ? "-" : v.phase().text()) + " "
                + v.value() + " " + (v.unit() == null ? "-" : v.unit().name()) + " "
                + v.context().text() + " " + (v.location() == null ? "Outlet" : v.location().name());
    }
}
