package org.stationconfig.station.metering;

/** The unit of a sample's value, spelled as the app sees it. */
public enum Unit {
    Wh, kWh, varh, kvarh, W, kW, VA, kVA, var, kvar, A, V, K, Celsius, Fahrenheit, Percent
}
