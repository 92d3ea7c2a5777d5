/**
 * Neutral building blocks with no station logic, usable by every package, the protocol machinery included: the one
 * clock every component reads ({@link org.stationconfig.common.ClockFactory}) and the guarded single thread every
 * station-owned thread runs on ({@link org.stationconfig.common.GuardedExecutor}, its tasks in
 * {@link org.stationconfig.common.TaskGuard}, which the OCPP thread on its Netty event loop uses as well).
 *
 * <p>May not import: any other project package: it is the bottom layer that even {@code ocpp} may use.
 */
package org.stationconfig.common;
