package org.stationconfig.ocpp.v16.types;

/** S16 ch.7; Outlet is the default when absent. */
public enum Location { Body, Cable, EV, Inlet, Outlet }
