package org.stationconfig.charging;

/** A limit in amps per phase, or in watts. */
public enum RateUnit { A, W }
