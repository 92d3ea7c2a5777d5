/**
 * The hardware description, neutral so that settings, charging and the station all read it:
 * {@link org.stationconfig.hardware.StationProperties} ({@code station.*}: the hardware the settings' bounds and
 * defaults follow, the factory identity).
 *
 * <p>May not import: any other project package: it is configuration only, the bottom layer.
 */
package org.stationconfig.hardware;
