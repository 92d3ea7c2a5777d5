/**
 * The app's view of the connection's machinery: {@code /api/v1/outbox} lists what waits for the central system and
 * re-queues parked messages. May import the protocol machinery it shows (the outbox engine) and the API's shared
 * types (problems, texts); the protocol machinery never imports this package.
 *
 * <p>May not import: status, events (they are above the connection); OCPP 1.6 types ({@code ocpp.v16}).
 */
package org.stationconfig.connection.api;
