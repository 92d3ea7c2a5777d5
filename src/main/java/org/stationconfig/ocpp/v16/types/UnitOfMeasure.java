package org.stationconfig.ocpp.v16.types;

import java.util.List;
import org.stationconfig.ocpp.rpc.WireValue;

/**
 * S16 ch.7; Wh is the default when absent. The OCA schemas also carry the typo "Celcius" (StopTransaction
 * has only that one); [EJ 2.1]: accept both, send "Celsius".
 */
public enum UnitOfMeasure implements WireValue {
    Wh, kWh, varh, kvarh, W, kW, VA, kVA, var, kvar, A, V, K,
    Celsius {
        @Override
        public List<String> acceptedAliases() {
            return List.of("Celcius");
        }
    },
    Fahrenheit, Percent;

    @Override
    public String wireValue() {
        return name();
    }
}
