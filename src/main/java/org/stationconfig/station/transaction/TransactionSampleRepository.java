package org.stationconfig.station.transaction;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface TransactionSampleRepository extends CrudRepository<TransactionSample, Long> {

    List<TransactionSample> findByLocalTransactionIdOrderById(String localTransactionId);

    void deleteByLocalTransactionId(String localTransactionId);
}
