/**
 * The station's REST endpoints for the app (SPEC §8): the charge point and its connectors ({@link
 * org.stationconfig.station.api.StationController}, {@link org.stationconfig.station.api.StationView}), transactions
 * ({@link org.stationconfig.station.api.TransactionController}), station commands ({@link
 * org.stationconfig.station.api.StationCommandController}) and the hardware simulator for service technicians
 * ({@link org.stationconfig.station.api.SimulatorController}).
 *
 * <p>May not import: nothing above it, which would close a cycle: events, firmware (they use it). No OCPP 1.6 types
 * ({@code ocpp.v16}): they belong in the feature's adapter subpackage {@code ocpp}.
 */
package org.stationconfig.station.api;
