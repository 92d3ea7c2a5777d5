package org.stationconfig.station;

/** The answer to a change of availability: Scheduled applies once the running transaction ends. */
public enum AvailabilityChange { Accepted, Rejected, Scheduled }
