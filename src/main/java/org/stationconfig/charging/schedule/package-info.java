/**
 * The composite schedule as a pure function (S16 §3.13): {@link
 * org.stationconfig.charging.schedule.CompositeSchedule} computes the limit the profiles set on a connector, now or
 * over a span, from a {@link org.stationconfig.charging.schedule.ProfileSet}, with {@link
 * org.stationconfig.charging.schedule.ProfileClock} for when a profile is in force and {@link
 * org.stationconfig.charging.schedule.Supply} for watts to amps.
 *
 * <p>May not import: nothing above it, which would close a cycle: events, firmware, station, status (they use it).
 * Nor storage, settings or the clock: time and profiles come in as arguments. No OCPP 1.6 types ({@code ocpp.v16}):
 * they belong in the feature's adapter subpackage {@code ocpp}.
 */
package org.stationconfig.charging.schedule;
