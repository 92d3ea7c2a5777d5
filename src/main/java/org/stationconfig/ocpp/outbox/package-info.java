/**
 * The durable outbox of transaction messages (SPEC §5): StartTransaction, StopTransaction, MeterValues and
 * SecurityEventNotification, stored in SQLite and delivered strictly in order, one at a time.
 *
 * <h2>Who does what</h2>
 * {@link org.stationconfig.ocpp.outbox.TransactionOutbox} is persistence and policy only. The OCPP session calls
 * {@code next(now)} once BootNotification is Accepted (OCPP 1.6 §4.2: no queued message before that), sends what it
 * gets under a new OCPP-J message id, and reports exactly one outcome per hand-out: {@code answered},
 * {@code failed} (uses an attempt) or {@code interrupted} (uses none). It schedules its next call with
 * {@code nextDueAt()}.
 *
 * <h2>What it may import</h2>
 * The outbox engine is protocol machinery: it imports the RPC layer and the OCPP 1.6 message records, never a
 * feature package. What it needs from the station it reads through ports it owns, implemented in
 * {@code org.stationconfig.connection.outbox}: {@link org.stationconfig.ocpp.outbox.OutboxJournal} (the audit log)
 * and {@link org.stationconfig.ocpp.outbox.RetrySettings} (the retry rule from the settings). The app's endpoint is
 * {@code org.stationconfig.connection.api.OutboxController}.
 *
 * <h2>Typed messages</h2>
 * {@code enqueue} takes the request record; it is serialized and checked against its action's constraints once,
 * there, and stored as text. A hand-out parses it once into the CALL's tree (the server transaction id patched in
 * on the tree), which the session sends as it is ({@code RpcEndpoint.callChecked}); the answer comes back as the
 * RPC layer's response record, in {@link org.stationconfig.ocpp.outbox.OutboxAnswer}. One wake-up signal:
 * {@link org.stationconfig.ocpp.outbox.OutboxMessageQueued}, published after each commit.
 *
 * <h2>Retries</h2>
 * Transaction messages (StartTransaction, StopTransaction, MeterValues) follow OCPP 1.6 §4.7:
 * {@code transactionMessageAttempts} sends the central system fails to process (CALLERROR or no answer), then
 * parked. A CALLERROR for any other message (SecurityEventNotification, e.g. NotImplemented from a central system
 * without a handler) is final: the message is removed at once, audited as {@code OUTBOX_MESSAGE_REFUSED} (the event
 * itself stays in the security log), and it never holds a transaction message back. No answer to one is still
 * retried: it may have been lost.
 *
 * <h2>Writes that belong together</h2>
 * {@code enqueueWith} stores a message and the write it belongs to in one SQLite transaction: a transaction's
 * {@code start_queued}/{@code stop_queued} flag, a security event's security-log line. After any crash both are
 * there or neither, so the journal never queues a Start or Stop twice and no event is logged but never sent.
 *
 * <h2>At-least-once: when the central system can get a message twice</h2>
 * A message is deleted only when {@code answered} commits. OCPP 1.6 has no idempotency key, so the station sends
 * a message again, under a new message id, whenever it cannot know whether the central system processed it:
 * <ul>
 *   <li><b>Crash or power loss</b> between the moment the CALL frame left the station and the commit inside
 *       {@code answered} (the central system processed it; its CALLRESULT was in transit or not yet committed).
 *       At the next start the message is QUEUED again (audited as {@code OUTBOX_MESSAGE_RESENT}) and resent.</li>
 *   <li><b>Connection lost</b> after sending and before the answer ({@code interrupted}): resent after reconnect.</li>
 *   <li><b>No answer</b> within the message timeout ({@code failed(NO_ANSWER)}): the central system may have
 *       processed it and the answer got lost; resent after the retry wait.</li>
 * </ul>
 * Queuing itself adds no window: a message and its transaction's queued flag commit together (above), and an
 * enqueue is synced to disk (synchronous=FULL) before it returns, so a message the station reported is never lost.
 * Outside these windows nothing is sent twice after a <b>process crash</b> (kill -9 included): a delivered message
 * is gone from SQLite before {@code answered} returns, so a restart never replays delivered messages, and the
 * window is one message wide, because only one message is ever in flight.
 * <p><b>Power cut</b> (or OS crash): answers are group-committed ({@link org.stationconfig.ocpp.outbox.AnswerSync}).
 * A StartTransaction's or StopTransaction's deletion is synced before {@code answered} returns; a MeterValues or
 * SecurityEventNotification is deleted by an unforced commit ({@link org.stationconfig.ocpp.outbox.UnforcedCommits})
 * and every 64th answer (or any other synced commit of the station) syncs those before it. So a power cut can
 * bring back at most 63 answered MeterValues/SecurityEventNotifications besides the one in flight; they are sent
 * again (duplicates, never losses). The IN_FLIGHT mark is committed the same unforced way: after a power cut the
 * resend still happens, only its {@code OUTBOX_MESSAGE_RESENT} audit line may be missing.
 *
 * <h2>Cap</h2>
 * {@code station.outbox.max-messages} (default 10 000) bounds the stored messages. Past it,
 * {@link org.stationconfig.ocpp.outbox.MeterValuesThinning} drops intermediate MeterValues (rule in its javadoc),
 * audited as {@code OUTBOX_THINNED} with the count. StartTransaction, StopTransaction and SecurityEventNotification
 * are never dropped: when nothing is left to thin they are stored anyway and
 * {@link org.stationconfig.ocpp.outbox.OutboxMemoryExhausted} is published for the {@code MemoryExhaustion}
 * security event.
 *
 * <p>May not import: any feature package: only {@code org.stationconfig.common} and the machinery's own packages
 * ({@code org.stationconfig.ocpp..}); features plug in through the ports it owns. Not yet: the engine still reads
 * settings and writes audit lines directly ({@code OutboxController}, {@code Parking}, {@code QueueCap},
 * {@code Refusals}, {@code RetryPolicy}, {@code ServerTransactionIds}, {@code TransactionOutbox} use settings, audit,
 * api and i18n; known-violations.txt, section {@code [machinery]} and the cycle edge {@code ocpp -> settings}).
 */
package org.stationconfig.ocpp.outbox;
