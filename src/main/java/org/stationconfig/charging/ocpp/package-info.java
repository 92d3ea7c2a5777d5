/**
 * Smart charging's OCPP 1.6 adapter: {@link org.stationconfig.charging.ocpp.ProfileWire} maps the charging
 * feature's profiles and schedules ({@code LimitProfile}, {@code LimitSchedule}, ...) to OCPP 1.6 ChargingProfile
 * and ChargingSchedule, and writes the stored form (the profile's OCPP 1.6 JSON, as it always was). The rest of
 * {@code org.stationconfig.charging} does not use {@code org.stationconfig.ocpp.v16}.
 *
 * <p>May not import: station, status, events (they use charging).
 */
package org.stationconfig.charging.ocpp;
