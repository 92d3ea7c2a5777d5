/**
 * OCPP 1.6 messages (edition 2 + errata + security whitepaper): one class per action in the sub-packages by feature
 * profile, holding {@code ACTION} (name, records, direction, profile), {@code Request}, {@code Response} and the
 * action's own enums; shared types in {@code v16.types}. Constraints (required, CiStringN maximum length, ranges,
 * multipleOf 0.1) are declared once, as jakarta annotations on the record components, and enforced by
 * {@link org.stationconfig.ocpp.rpc.PayloadReader} on every message in or out. {@link org.stationconfig.ocpp.v16.ActionTable#v16()}
 * lists all 39 actions.
 *
 * <p>May not import: anything but {@code ocpp.rpc} and {@code ocpp.v16}: the message records are plain data, no station
 * logic, no feature package.
 */
package org.stationconfig.ocpp.v16;
