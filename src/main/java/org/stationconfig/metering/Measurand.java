package org.stationconfig.metering;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a sample measures; {@link #text} is how the settings (MeterValuesSampledData, ...) and the app spell it.
 * Frequency has no unit (implicitly Hz).
 */
public enum Measurand {
    CURRENT_EXPORT("Current.Export"),
    CURRENT_IMPORT("Current.Import"),
    CURRENT_OFFERED("Current.Offered"),
    ENERGY_ACTIVE_EXPORT_REGISTER("Energy.Active.Export.Register"),
    ENERGY_ACTIVE_IMPORT_REGISTER("Energy.Active.Import.Register"),
    ENERGY_REACTIVE_EXPORT_REGISTER("Energy.Reactive.Export.Register"),
    ENERGY_REACTIVE_IMPORT_REGISTER("Energy.Reactive.Import.Register"),
    ENERGY_ACTIVE_EXPORT_INTERVAL("Energy.Active.Export.Interval"),
    ENERGY_ACTIVE_IMPORT_INTERVAL("Energy.Active.Import.Interval"),
    ENERGY_REACTIVE_EXPORT_INTERVAL("Energy.Reactive.Export.Interval"),
    ENERGY_REACTIVE_IMPORT_INTERVAL("Energy.Reactive.Import.Interval"),
    FREQUENCY("Frequency"),
    POWER_ACTIVE_EXPORT("Power.Active.Export"),
    POWER_ACTIVE_IMPORT("Power.Active.Import"),
    POWER_FACTOR("Power.Factor"),
    POWER_OFFERED("Power.Offered"),
    POWER_REACTIVE_EXPORT("Power.Reactive.Export"),
    POWER_REACTIVE_IMPORT("Power.Reactive.Import"),
    RPM("RPM"),
    SOC("SoC"),
    TEMPERATURE("Temperature"),
    VOLTAGE("Voltage");

    private final String text;

    Measurand(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** Case-sensitive, as the settings store it. */
    public static Optional<Measurand> ofText(String text) {
        return Arrays.stream(values()).filter(measurand -> measurand.text.equals(text)).findFirst();
    }
}
