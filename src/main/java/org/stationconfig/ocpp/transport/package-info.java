/**
 * The OCPP-J WebSocket (OCPP-J §3): {@link org.stationconfig.ocpp.transport.WebSocketDialer} opens it (subprotocol
 * {@code ocpp1.6}, Basic auth, the station's TLS client per dial), {@link org.stationconfig.ocpp.transport.OcppLink} is
 * an open link and {@link org.stationconfig.ocpp.transport.LinkListener} what it reports; a failed dial is sorted into
 * its stage ({@link org.stationconfig.ocpp.transport.DialFailures}).
 *
 * <p>May not import: any feature package: only {@code org.stationconfig.common} and the machinery's own packages
 * ({@code org.stationconfig.ocpp..}); features plug in through the ports it owns. It is handed its TLS client
 * ({@link org.stationconfig.ocpp.transport.ClientTls}) rather than reading the certificate store.
 */
package org.stationconfig.ocpp.transport;
