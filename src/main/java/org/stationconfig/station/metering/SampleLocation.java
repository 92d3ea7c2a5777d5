package org.stationconfig.station.metering;

/** Where a sample is measured. */
public enum SampleLocation { Body, Cable, EV, Inlet, Outlet }
