/**
 * A development central system for trying the station locally, not part of the product:
 * {@link org.stationconfig.devcsms.DevCentralSystem} accepts OCPP 1.6J connections and answers like a cooperative
 * central system ({@link org.stationconfig.devcsms.StationFrames}).
 *
 * <p>May not import: any other project package: it speaks to the station only over the WebSocket, as a real central
 * system would, and nothing imports it.
 */
package org.stationconfig.devcsms;
