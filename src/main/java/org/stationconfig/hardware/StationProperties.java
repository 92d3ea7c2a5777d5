package org.stationconfig.hardware;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the station is, from its configuration ({@code station.*}): the hardware the settings' bounds and defaults
 * follow, and the factory identity that the identity settings start from.
 *
 * @param maxCurrent     amps per phase the hardware can offer; the upper bound and default of {@code fallbackLimit}
 * @param voltage        the nominal line-to-neutral voltage of the supply (the simulator's meter uses it)
 * @param meterMeasurands the measurands the meter can measure; only these may be configured
 */
@ConfigurationProperties("station")
public record StationProperties(
        @Bindable(defaultValue = "2") int connectors,
        @Bindable(defaultValue = "32") BigDecimal maxCurrent,
        @Bindable(defaultValue = "3") int phases,
        @Bindable(defaultValue = "230") BigDecimal voltage,
        @Bindable(defaultValue = "Energy.Active.Import.Register,Energy.Active.Import.Interval,Power.Active.Import,Power.Offered,Current.Import,Current.Offered,Voltage,Frequency,Temperature,SoC")
        List<String> meterMeasurands,
        @Bindable(defaultValue = "StationConfig") String vendor,
        @Bindable(defaultValue = "Simulator") String model,
        @Bindable(defaultValue = "SIM0000001") String serialNumber,
        @Bindable(defaultValue = "0.1.0") String firmwareVersion,
        @Bindable(defaultValue = "SimMeter") String meterType,
        @Bindable(defaultValue = "SIMMETER0001") String meterSerialNumber) {
}
