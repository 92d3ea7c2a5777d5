/**
 * The station's OCPP 1.6 adapter: the handlers of the central system's requests to the station (RemoteStart/Stop,
 * ChangeAvailability, UnlockConnector, Reset, ReserveNow, CancelReservation, ClearCache, SendLocalList,
 * GetLocalListVersion, Set/ClearChargingProfile, GetCompositeSchedule, DataTransfer), the messages the station
 * sends (StatusNotification, Start/StopTransaction, MeterValues, Authorize, triggered messages) and the mappings
 * between the station's own types and the OCPP 1.6 records ({@code *Wire}).
 *
 * <p>Only this package (and {@code org.stationconfig.ocpp}) may use {@code org.stationconfig.ocpp.v16}; the rest of
 * {@code org.stationconfig.station} speaks the station's language (ConnectorStatus, MeterSample, StopReason,
 * TagVerdict, Reservation, ...), so a second protocol is a second set of adapters beside this one. Each mapping maps
 * every constant both ways and keeps the stored and sent JSON as it was.
 *
 * <p>May not import: nothing above it, which would close a cycle: events, firmware, status (they use it).
 */
package org.stationconfig.station.ocpp;
