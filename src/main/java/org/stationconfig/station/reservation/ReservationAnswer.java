package org.stationconfig.station.reservation;

/** The answer to a reservation: Faulted, Occupied or Unavailable say why the connector cannot take it. */
public enum ReservationAnswer { Accepted, Faulted, Occupied, Rejected, Unavailable }
