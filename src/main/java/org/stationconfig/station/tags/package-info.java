/**
 * The owner's local id tags (issue 14), which the central system never sees:
 * {@link org.stationconfig.station.tags.LocalTags} in SQLite, their endpoints
 * ({@link org.stationconfig.station.tags.LocalTagController}) and learn mode
 * ({@link org.stationconfig.station.tags.TagLearning}).
 *
 * <p>May not import: nothing above it, which would close a cycle: events, firmware (they use it). No OCPP 1.6 types
 * ({@code ocpp.v16}): they belong in the feature's adapter subpackage {@code ocpp}. Not yet: {@code LocalTag} still
 * uses OCPP 1.6 types (known-violations.txt, section {@code [ocpp16]}; issue 12 item 2).
 */
package org.stationconfig.station.tags;
