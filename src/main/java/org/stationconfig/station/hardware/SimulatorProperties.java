package org.stationconfig.station.hardware;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The simulated EV and surroundings ({@code station.simulator.*}); the station itself is {@code station.*}.
 *
 * @param evMaxCurrent the most current per phase the simulated EV draws, whatever is offered
 * @param evBatteryWh  battery size, for the state of charge the EV reports
 * @param evStartSoc   state of charge (%) of an EV when it is plugged in
 */
@ConfigurationProperties("station.simulator")
public record SimulatorProperties(
        @Bindable(defaultValue = "16") double evMaxCurrent,
        @Bindable(defaultValue = "60000") double evBatteryWh,
        @Bindable(defaultValue = "20") double evStartSoc,
        @Bindable(defaultValue = "50") double frequencyHz,
        @Bindable(defaultValue = "25") double temperatureC) {
}
