/**
 * The station's side of the outbox engine's ports ({@code org.stationconfig.ocpp.outbox}): its journal is the audit
 * log, its retry rule comes from the settings. The engine imports nothing from here; this package may import the
 * engine and the features it adapts (audit, settings).
 *
 * <p>May not import: status, events (they are above the connection); OCPP 1.6 types ({@code ocpp.v16}).
 */
package org.stationconfig.connection.outbox;
