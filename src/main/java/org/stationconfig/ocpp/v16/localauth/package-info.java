/**
 * The OCPP 1.6 messages of the LocalAuthListManagement profile: one class per action holding its {@code ACTION},
 * {@code Request}, {@code Response} and its own enums, constraints as jakarta annotations (see
 * {@code org.stationconfig.ocpp.v16}).
 *
 * <p>May not import: anything but {@code ocpp.rpc} and {@code ocpp.v16}: the message records are plain data, no station
 * logic, no feature package.
 */
package org.stationconfig.ocpp.v16.localauth;
