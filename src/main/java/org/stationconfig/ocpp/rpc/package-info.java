/**
 * OCPP-J RPC machinery, version-neutral and free of station logic (imports no feature package).
 * <ul>
 * <li>{@link org.stationconfig.ocpp.rpc.RpcEndpoint}: one per WebSocket connection. {@code call(request)} returns a
 *     typed future; {@code onText(text)} takes every received frame; {@code connectionLost()} fails all pending calls.</li>
 * <li>{@link org.stationconfig.ocpp.rpc.HandlerTable}: handlers for incoming CALLs keyed by action; a duplicate fails
 *     at construction. Unknown action → NotImplemented, known without handler → NotSupported.</li>
 * <li>{@link org.stationconfig.ocpp.rpc.IncomingCallFilter}: the session's gate (drop while Rejected, refuse
 *     RemoteStart/Stop while Pending).</li>
 * <li>{@link org.stationconfig.ocpp.rpc.InvalidMessageListener}: told about every malformed or invalid frame
 *     (the InvalidMessages security event).</li>
 * <li>{@link org.stationconfig.ocpp.rpc.Transport} and {@link org.stationconfig.ocpp.rpc.Scheduler}: the socket and
 *     the clock, injected so tests use fakes and a virtual clock.</li>
 * <li>{@link org.stationconfig.ocpp.rpc.FrameCodec}, {@link org.stationconfig.ocpp.rpc.PayloadReader},
 *     {@link org.stationconfig.ocpp.rpc.PayloadWriter}: text ↔ frames ↔ records; which violation gets which
 *     CALLERROR code is decided in {@link org.stationconfig.ocpp.rpc.Violation}.</li>
 * </ul>
 *
 * <p>May not import: any other project package, {@code ocpp.v16} included: it is version-neutral and the bottom of the
 * machinery.
 */
package org.stationconfig.ocpp.rpc;
