/**
 * Reset (S16 §5.14): {@link org.stationconfig.station.reset.ResetHandler} answers, then
 * {@link org.stationconfig.station.reset.StationReset} stops every transaction and restarts through
 * {@link org.stationconfig.station.reset.ResetRestart}, one reset at a time.
 *
 * <p>May not import: nothing above it, which would close a cycle: events, firmware (they use it). No OCPP 1.6 types
 * ({@code ocpp.v16}): they belong in the feature's adapter subpackage {@code ocpp}. Not yet: {@code ResetHandler} and
 * {@code StationReset} still use OCPP 1.6 types (known-violations.txt, section {@code [ocpp16]}; issue 12 item 2).
 */
package org.stationconfig.station.reset;
