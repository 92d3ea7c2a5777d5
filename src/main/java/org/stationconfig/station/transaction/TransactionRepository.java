package org.stationconfig.station.transaction;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface TransactionRepository extends CrudRepository<TransactionRecord, String> {

    List<TransactionRecord> findByStoppedAtIsNullOrderByStartedAt();

    List<TransactionRecord> findByStartQueuedFalseOrStopQueuedFalseOrderByStartedAt();

    Optional<TransactionRecord> findFirstByConnectorIdOrderByStartedAtDesc(int connectorId);

    List<TransactionRecord> listOrderByStartedAtDesc(Pageable pageable);
}
