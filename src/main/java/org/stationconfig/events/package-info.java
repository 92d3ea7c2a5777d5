/**
 * The app's live event stream {@code /api/v1/events} ({@link org.stationconfig.events.EventStream}):
 * {@link org.stationconfig.events.LiveEventSources} turns connection, settings, connector, transaction and learn-mode
 * changes into {@link org.stationconfig.events.LiveEvent} messages; {@link org.stationconfig.events.LiveTokenCheck}
 * checks that a socket's token is still good.
 *
 * <p>May not import: OCPP 1.6 types: it shows the station's view. Otherwise free: nothing imports it, so it sits above
 * the features and the status view and may read them.
 */
package org.stationconfig.events;
