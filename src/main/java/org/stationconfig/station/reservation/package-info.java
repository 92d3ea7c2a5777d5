/**
 * Reservations as stored (ReserveNow, S16 §5.13): {@link org.stationconfig.station.reservation.Reservation} and its
 * SQLite repository; the station package keeps them.
 *
 * <p>May not import: the rest of the station but authorization (tag keys): rows only. Nothing above it, which would
 * close a cycle: events, firmware (they use it). No OCPP 1.6 types ({@code ocpp.v16}): they belong in the feature's
 * adapter subpackage {@code ocpp}.
 */
package org.stationconfig.station.reservation;
