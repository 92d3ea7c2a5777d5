package org.stationconfig.audit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AuditRepository extends CrudRepository<AuditEntry, Long> {

    Page<AuditEntry> findAll(Pageable pageable);

    Page<AuditEntry> findByCategory(Category category, Pageable pageable);

    /** Deletes the entries of {@code category} older than its {@code keep} newest; returns how many. */
    @Query("""
            DELETE FROM audit_entry WHERE category = :category AND id <= (SELECT id FROM audit_entry
            WHERE category = :category ORDER BY id DESC LIMIT 1 OFFSET :keep)""")
    long deleteOldestOf(String category, long keep);

    /** The same for every entry not of {@code category}. */
    @Query("""
            DELETE FROM audit_entry WHERE category <> :category AND id <= (SELECT id FROM audit_entry
            WHERE category <> :category ORDER BY id DESC LIMIT 1 OFFSET :keep)""")
    long deleteOldestExcept(String category, long keep);
}
