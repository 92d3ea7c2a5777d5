package org.stationconfig.charging;

/** How often a Recurring profile's schedule starts again. */
public enum Recurrence { Daily, Weekly }
