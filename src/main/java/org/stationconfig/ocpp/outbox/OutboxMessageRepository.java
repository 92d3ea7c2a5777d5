package org.stationconfig.ocpp.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** SQL for the outbox. Every query on the delivery path is an index seek on (state, id) or the primary key. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface OutboxMessageRepository extends CrudRepository<OutboxMessage, Long> {

    /** The head of the queue: the oldest message waiting to be sent. */
    @Query("SELECT * FROM outbox_message WHERE state = 'QUEUED' ORDER BY id LIMIT 1")
    Optional<OutboxMessage> findHead();

    /** The next message waiting to be sent behind {@code id}. */
    @Query("SELECT * FROM outbox_message WHERE state = 'QUEUED' AND id > :id ORDER BY id LIMIT 1")
    Optional<OutboxMessage> findQueuedAfter(long id);

    @Query("SELECT * FROM outbox_message WHERE state = 'IN_FLIGHT' ORDER BY id LIMIT 1")
    Optional<OutboxMessage> findInFlight();

    /** The oldest message not yet delivered (queued or in flight); parked ones wait for a person, not for the link. */
    @Query("SELECT * FROM outbox_message WHERE state <> 'PARKED' ORDER BY id LIMIT 1")
    Optional<OutboxMessage> findOldestUndelivered();

    @Query("SELECT * FROM outbox_message WHERE state <> 'PARKED' ORDER BY id DESC LIMIT 1")
    Optional<OutboxMessage> findNewestUndelivered();

    long countByState(MessageState state);

    Page<OutboxMessage> findAll(Pageable pageable);

    Page<OutboxMessage> findByState(MessageState state, Pageable pageable);

    void update(@Id Long id, MessageState state, Instant lastAttemptAt);

    void update(@Id Long id, MessageState state, int attempts, @Nullable Instant lastFailedAt,
                @Nullable String lastError, @Nullable Long parkedWith);

    @Query("UPDATE outbox_message SET state = 'QUEUED' WHERE id = :id AND state = 'IN_FLIGHT'")
    void interrupt(long id);

    /** After a restart nothing is in flight: the session that sent it is gone. */
    @Query("UPDATE outbox_message SET state = 'QUEUED' WHERE state = 'IN_FLIGHT'")
    int requeueInFlight();

    @Query("SELECT id FROM outbox_message WHERE local_transaction_id = :localTransactionId "
            + "AND action = 'StartTransaction' AND state = 'PARKED' ORDER BY id LIMIT 1")
    Optional<Long> findParkedStart(String localTransactionId);

    @Query("UPDATE outbox_message SET state = 'PARKED', parked_with = :startId "
            + "WHERE local_transaction_id = :localTransactionId AND state = 'QUEUED' AND id > :startId")
    int parkWithStart(String localTransactionId, long startId);

    @Query("UPDATE outbox_message SET state = 'QUEUED', attempts = 0, last_failed_at = NULL, last_error = NULL, "
            + "parked_with = NULL WHERE parked_with = :startId AND state = 'PARKED'")
    int requeueParkedWith(long startId);

    boolean existsByLocalTransactionId(String localTransactionId);

    /** Every MeterValues, oldest first, without payloads: the input of the thinning rule. */
    @Query("SELECT id, local_transaction_id, state FROM outbox_message WHERE action = 'MeterValues' ORDER BY id")
    List<MeterValuesRef> findMeterValues();

    void deleteByIdIn(Collection<Long> ids);
}
