package org.stationconfig.station.tags;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface LocalTagRepository extends CrudRepository<LocalTag, Long> {

    Optional<LocalTag> findByTagKey(String tagKey);

    List<LocalTag> listOrderByName();
}
