/**
 * Transactions in SQLite and their messages in the outbox (SPEC §5):
 * {@link org.stationconfig.station.transaction.TransactionJournal} writes first and queues after,
 * {@link org.stationconfig.station.transaction.TransactionData} fits StopTransaction's transactionData,
 * {@link org.stationconfig.station.transaction.CentralSystemConfigured} says whether there is a central system at all.
 *
 * <p>May not import: nothing above it, which would close a cycle: events, firmware (they use it). No OCPP 1.6 types
 * ({@code ocpp.v16}): they belong in the feature's adapter subpackage {@code ocpp}. Not yet: {@code TransactionJournal}
 * and {@code TransactionRecord} still use OCPP 1.6 types (known-violations.txt, section {@code [ocpp16]}; issue 12 item
 * 2).
 */
package org.stationconfig.station.transaction;
