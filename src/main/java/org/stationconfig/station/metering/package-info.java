/**
 * From a meter reading to exactly the configured measurands in their order ({@link
 * org.stationconfig.station.metering.MeasurandSampler}, items as {@link
 * org.stationconfig.metering.MeasurandItem}), and the clock-aligned boundaries of ClockAlignedDataInterval
 * ({@link org.stationconfig.station.metering.AlignedSchedule}).
 *
 * <p>May not import: the rest of the station but its hardware port: it is a pure mapping. Nothing above it, which
 * would close a cycle: events, firmware (they use it). No OCPP 1.6 types ({@code ocpp.v16}): they belong in the
 * feature's adapter subpackage {@code ocpp}.
 */
package org.stationconfig.station.metering;
