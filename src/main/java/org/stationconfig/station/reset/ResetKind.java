package org.stationconfig.station.reset;

/** Soft: transactions stopped and their messages delivered first; Hard: restart at once. */
public enum ResetKind { Hard, Soft }
