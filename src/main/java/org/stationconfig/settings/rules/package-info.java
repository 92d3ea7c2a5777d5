/**
 * The checks that span settings or rewrite a value, run on every change from every source: URL normalisation
 * ({@link org.stationconfig.settings.rules.ConnectionUrls}), the access key
 * ({@link org.stationconfig.settings.rules.AccessKeys}), security profiles
 * ({@link org.stationconfig.settings.rules.SecurityProfiles}), back-off and fallback-limit rules.
 *
 * <p>May not import: nothing above it, which would close a cycle: certificates, charging, clock, connection,
 * diagnostics, events, filetransfer, firmware, https, securitylog, station, status (they use it). Nor
 * {@code settings.api}, {@code settings.store} or {@code settings.ocpp}. No OCPP 1.6 types ({@code ocpp.v16}): they
 * belong in the feature's adapter subpackage {@code ocpp}.
 */
package org.stationconfig.settings.rules;
