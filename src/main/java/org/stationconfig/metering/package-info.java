/**
 * What a meter measures, named once for the whole station: the measurands ({@link
 * org.stationconfig.metering.Measurand}), the phases ({@link org.stationconfig.metering.Phase}) and the one grammar
 * of a measurand list item such as {@code Voltage.L1-N} ({@link org.stationconfig.metering.MeasurandItem}: how it is
 * spelt and which phases fit which measurand). The settings check lists with it and the station samples by it.
 *
 * <p>May not import: any feature (settings, station, ocpp, ...): both sides of the settings use it, so anything it
 * imported would close a cycle. No OCPP 1.6 types ({@code ocpp.v16}).
 */
package org.stationconfig.metering;
