/**
 * The audit and security log: {@link org.stationconfig.audit.AuditLog} writes
 * {@link org.stationconfig.audit.AuditEntry} lines (values arrive masked; nothing secret is handed to it),
 * {@link org.stationconfig.audit.AuditRetention} keeps it within its caps,
 * {@link org.stationconfig.audit.AuditController} pages it for the app. The SECURITY category is the OCPP security log
 * that GetLog uploads.
 *
 * <p>May not import: any project package but api and i18n: auth, settings, the features and the outbox write to it.
 */
package org.stationconfig.audit;
