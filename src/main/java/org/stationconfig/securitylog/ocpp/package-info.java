/**
 * The security log in OCPP 1.6J: raised events go to the central system as SecurityEventNotification through the
 * durable outbox ({@link org.stationconfig.securitylog.SecurityEventQueue}). The only place the security log meets
 * the wire types (ImportRulesTest); may import the security log and the protocol machinery, and the security log
 * does not import it.
 *
 * <p>May not import: nothing above the feature, which would close a cycle (status, events). The one part of
 * {@code securitylog} that may use OCPP 1.6 types.
 */
package org.stationconfig.securitylog.ocpp;
