/**
 * The station's adapter for the central system's requests: thin handlers for ReserveNow, CancelReservation,
 * ChangeAvailability, Remote Start/Stop, UnlockConnector, ClearCache, SendLocalList, GetLocalListVersion, the
 * smart-charging messages and DataTransfer, each handing over to the station thread;
 * {@link org.stationconfig.station.ocpp.IdleConnectors} reports connectors until the station model does.
 *
 * <p>May not import: nothing above it, which would close a cycle: events, firmware (they use it). It is one of the
 * station packages that may use OCPP 1.6 types.
 */
package org.stationconfig.station.ocpp;
