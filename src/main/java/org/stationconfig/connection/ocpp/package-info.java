/**
 * The connection's OCPP 1.6J adapter: a link's session is the protocol machinery's
 * {@link org.stationconfig.ocpp.session.OcppSession} ({@link org.stationconfig.connection.ocpp.Ocpp16Sessions}), what
 * it reports is turned into the connection's terms ({@link org.stationconfig.connection.ocpp.Ocpp16Session}), and the
 * station's identity becomes the BootNotification ({@link org.stationconfig.connection.ocpp.BootIdentity}). A second
 * protocol is a second adapter beside this one.
 *
 * <p>May not import: diagnostics, events, firmware, station, status (they use the connection); it speaks to the
 * connection only through its public ports ({@code SessionOpener}, {@code LinkSession}, {@code SessionListener}).
 */
package org.stationconfig.connection.ocpp;
