/**
 * The protocol part of a session, free of station logic: the OCPP thread that owns the connection's state
 * ({@link org.stationconfig.ocpp.session.OcppThread}), reconnect waits
 * ({@link org.stationconfig.ocpp.session.Backoff}), delivering the durable outbox over an Accepted connection
 * ({@link org.stationconfig.ocpp.session.OutboxPump}), holding StatusNotifications behind it
 * ({@link org.stationconfig.ocpp.session.BehindOutbox}), ordering what replies change
 * ({@link org.stationconfig.ocpp.session.InOrder}), answering before acting
 * ({@link org.stationconfig.ocpp.session.AnswerFirst}) and the session's own triggerable messages. The connection
 * application that drives it is {@code org.stationconfig.connection}.
 *
 * <p>May not import: any feature package: only {@code org.stationconfig.common} and the machinery's own packages
 * ({@code org.stationconfig.ocpp..}); features plug in through the ports it owns.
 */
package org.stationconfig.ocpp.session;
