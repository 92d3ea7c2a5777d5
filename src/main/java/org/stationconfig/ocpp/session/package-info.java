/**
 * The protocol part of a session, free of station logic: one link's conversation
 * ({@link org.stationconfig.ocpp.session.OcppSession}: BootNotification, StatusNotifications, Heartbeat, WebSocket
 * ping, what the central system may ask by registration state in {@code IncomingGate}), reading what it needs through
 * the ports it owns ({@link org.stationconfig.ocpp.session.SessionContext}: {@link
 * org.stationconfig.ocpp.session.SessionSettings}, {@link org.stationconfig.ocpp.session.SessionClock}) and telling
 * what happens to {@link org.stationconfig.ocpp.session.SessionEvents}; the OCPP thread that owns the connection's state
 * ({@link org.stationconfig.ocpp.session.OcppThread}), reconnect waits
 * ({@link org.stationconfig.ocpp.session.Backoff}), delivering the durable outbox over an Accepted connection
 * ({@link org.stationconfig.ocpp.session.OutboxPump}), holding StatusNotifications behind it
 * ({@link org.stationconfig.ocpp.session.BehindOutbox}), ordering what replies change
 * ({@link org.stationconfig.ocpp.session.InOrder}), answering before acting
 * ({@link org.stationconfig.ocpp.session.AnswerFirst}) and the session's own triggerable messages. The connection
 * application that drives it is {@code org.stationconfig.connection} (its adapter {@code connection.ocpp}).
 *
 * <p>May not import: any feature package: only {@code org.stationconfig.common} and the machinery's own packages
 * ({@code org.stationconfig.ocpp..}); features plug in through the ports it owns.
 */
package org.stationconfig.ocpp.session;
