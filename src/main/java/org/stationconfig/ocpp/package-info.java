/**
 * The protocol machinery's ports towards the features: {@link org.stationconfig.ocpp.OcppHandler} (a bean answering one
 * action the central system sends), {@link org.stationconfig.ocpp.CentralSystem} (how station logic calls the central
 * system), {@link org.stationconfig.ocpp.ConnectorStatusReport} and {@link org.stationconfig.ocpp.StationRestart}. The
 * machinery itself is in the subpackages: {@code rpc}, {@code transport}, {@code v16}, {@code session}, {@code outbox},
 * {@code trigger}.
 *
 * <p>May not import: any feature package: only {@code org.stationconfig.common} and the machinery's own packages
 * ({@code org.stationconfig.ocpp..}); features plug in through the ports it owns.
 */
package org.stationconfig.ocpp;
