/**
 * The hardware port ({@link org.stationconfig.station.hardware.ChargingHardware}, events through
 * {@link org.stationconfig.station.hardware.HardwareListener}) and the shipped simulator of connectors, EVs and RFID
 * readers ({@link org.stationconfig.station.hardware.Simulator}). Nothing else touches hardware.
 *
 * <p>May not import: the rest of the station: the port sits below the station logic. Nothing above it, which would
 * close a cycle: events, firmware (they use it). No OCPP 1.6 types ({@code ocpp.v16}): they belong in the feature's
 * adapter subpackage {@code ocpp}. Not yet: {@code ConnectorSignals}, {@code HardwareListener},
 * {@code SimulatedConnector} and {@code Simulator} still use OCPP 1.6 types (known-violations.txt, section
 * {@code [ocpp16]}; issue 12 item 2).
 */
package org.stationconfig.station.hardware;
