/**
 * The service's entry point: {@link org.stationconfig.Application} starts Micronaut, which finds every bean by itself,
 * and carries the OpenAPI header of the local API (title, bearer scheme).
 *
 * <p>May not import: any project package: the entry point names no feature; wiring is Micronaut's.
 */
package org.stationconfig;
