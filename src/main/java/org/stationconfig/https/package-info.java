/**
 * The local API over HTTPS: the station's own self-signed certificate made on first start
 * ({@link org.stationconfig.https.StationHttpsCertificate}), the server pointed at it
 * ({@link org.stationconfig.https.HttpsServerSetup}), plain HTTP switched off by {@code httpEnabled}
 * ({@link org.stationconfig.https.PlainHttpSwitch}) and the HTTPS-only production mode
 * ({@link org.stationconfig.https.HttpsOnlyApi}).
 *
 * <p>May not import: OCPP 1.6 types: it has nothing to do with the central system. Otherwise free: nothing imports it.
 */
package org.stationconfig.https;
