/**
 * The charge point itself (issue 5): connectors, authorisation, transactions and metering, on a hardware port.
 *
 * <h2>Where things are</h2> <ul> <li>{@code hardware}: the port ({@link
 * org.stationconfig.station.hardware.ChargingHardware}) and the shipped simulator; nothing else touches
 * hardware.</li> <li>{@code connector}: the connector's status and fault ({@code ConnectorStatus}, {@code
 * ConnectorFault}), the status rule (facts → status), StatusNotifications with MinimumStatusDuration, the connector
 * indicator.</li> <li>{@code authorization}: authorisation modes and the standard keys as a pure policy, the Local
 * Authorization List and the cache in SQLite, and the {@link
 * org.stationconfig.station.authorization.Authorizer}.</li> <li>{@code transaction}: transactions in SQLite and
 * their messages in the outbox, StopTransaction data.</li> <li>{@code metering}: a meter reading → a {@code
 * MeterSample} of exactly the configured measurands; clock-aligned boundaries.</li> <li>this package: what drives
 * them — driver actions ({@code ChargingFlow}), the central system's requests ({@link
 * org.stationconfig.station.RemoteControl}), starting and stopping ({@code Transactions}), the power path ({@code
 * PowerControl}), sampling timers, start-up and the station tick ({@code StationStartup}).</li> <li>{@code ocpp}:
 * the OCPP 1.6 adapter: thin handlers, the messages the station sends, and the mappings between the station's own
 * types and OCPP 1.6 (the only place here that may use {@code ocpp.v16}); {@code api}: the station and simulator
 * endpoints.</li> </ul>
 *
 * <h2>One thread</h2> All station state lives on the {@link org.stationconfig.station.StationThread}: hardware
 * events, OCPP requests, the central system's answers and every timer are handed over to it, so connectors and
 * transactions need no locks and events are handled in the order they happened. It never waits for the central
 * system; OCPP handlers return futures completed there, so the OCPP thread never waits for it either. Request
 * threads read through {@link org.stationconfig.station.StationThread#call}.
 *
 * <h2>Delivered once</h2> Start and stop are written to SQLite first and queued in the outbox after, with a flag set
 * right after queueing; a restart queues what is missing and stops transactions that were open with reason
 * PowerLoss. The only window for a duplicate is a crash between the outbox commit and the flag commit
 * (microseconds), on top of the outbox's own at-least-once window.
 *
 * <p>May not import: nothing above it, which would close a cycle: events, firmware (they use it). No OCPP 1.6 types
 * ({@code ocpp.v16}): they belong in the feature's adapter subpackage {@code ocpp}.
 */
package org.stationconfig.station;
