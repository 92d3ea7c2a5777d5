package org.stationconfig.station.tags;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stationconfig.api.ProblemException;
import org.stationconfig.api.ProblemException.FieldText;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;
import org.stationconfig.auth.Actor;
import org.stationconfig.i18n.Text;
import org.stationconfig.station.authorization.TagKey;

/**
 * The owner's local id tags in SQLite (issue 14). Each change is checked as a whole before anything is written, is
 * one SQLite transaction, and is audited with who made it.
 */
@Singleton
public class LocalTags {

    /** Enough for a household or a small company; bounded so a script cannot fill the station's storage. */
    public static final int CAPACITY = 1000;

    private final LocalTagRepository tags;
    private final TransactionOperations<Connection> transactions;
    private final AuditLog audit;
    private final Clock clock;

    public LocalTags(LocalTagRepository tags, TransactionOperations<Connection> transactions, AuditLog audit,
                     Clock clock) {
        this.tags = tags;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public List<LocalTag> list() {
        return transactions.executeRead(status -> tags.listOrderByName());
    }

    public Optional<LocalTag> find(String idTag) {
        return transactions.executeRead(status -> tags.findByTagKey(TagKey.of(idTag)));
    }

    public LocalTag add(LocalTagForm form, Actor actor) {
        Instant now = now();
        List<FieldText> errors = new ArrayList<>();
        if (!LocalTagForm.validIdTag(form.idTag())) {
            errors.add(new FieldText("idTag", Text.of("localTag.idTag", LocalTagForm.MAX_ID_TAG)));
        }
        errors.addAll(form.fieldErrors(now));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(Text.of("localTag.notAdded"), errors);
        }
        return transactions.executeWrite(status -> {
            if (tags.findByTagKey(TagKey.of(form.idTag())).isPresent()) {
                throw ProblemException.of(HttpStatus.CONFLICT, Text.of("localTag.known.title"),
                        Text.of("localTag.known.detail"));
            }
            if (tags.count() >= CAPACITY) {
                throw ProblemException.of(HttpStatus.CONFLICT, Text.of("localTag.full.title"),
                        Text.of("localTag.full.detail", CAPACITY));
            }
            LocalTag saved = tags.save(new LocalTag(null, TagKey.of(form.idTag()), form.idTag(), form.cleanName(),
                    form.cleanNote(), form.expiryDate(), form.on(), now, now));
            record(actor, "LOCAL_TAG_ADDED", "Local tag " + describe(saved) + " added");
            return saved;
        });
    }

    public LocalTag replace(long id, LocalTagForm form, Actor actor) {
        Instant now = now();
        List<FieldText> errors = new ArrayList<>(form.fieldErrors(now));
        if (form.idTag() != null) {
            errors.add(new FieldText("idTag", Text.of("localTag.idTagFixed")));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(Text.of("localTag.notChanged"), errors);
        }
        return transactions.executeWrite(status -> {
            LocalTag edited = tags.update(existing(id)
                    .edited(form.cleanName(), form.cleanNote(), form.expiryDate(), form.on(), now));
            record(actor, "LOCAL_TAG_CHANGED", "Local tag " + describe(edited) + " changed");
            return edited;
        });
    }

    public void remove(long id, Actor actor) {
        transactions.executeWrite(status -> {
            LocalTag tag = existing(id);
            tags.delete(tag);
            record(actor, "LOCAL_TAG_REMOVED", "Local tag " + describe(tag) + " removed");
            return null;
        });
    }

    private LocalTag existing(long id) {
        return tags.findById(id).orElseThrow(() -> ProblemException.of(HttpStatus.NOT_FOUND,
                Text.of("localTag.unknown.title"), Text.of("localTag.unknown.detail", id)));
    }

    private void record(Actor actor, String event, String message) {
        audit.record(actor.source(), actor.name(), Category.LOCAL_TAG, event, message);
    }

    private static String describe(LocalTag tag) {
        return tag.idTag() + " (\"" + tag.name() + "\", " + (tag.enabled() ? "enabled" : "disabled")
                + (tag.expiryDate() == null ? "" : ", expires " + tag.expiryDate()) + ")";
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
