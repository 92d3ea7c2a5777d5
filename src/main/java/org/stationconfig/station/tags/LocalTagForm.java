package org.stationconfig.station.tags;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.stationconfig.api.ProblemException.FieldText;
import org.stationconfig.i18n.Text;

/**
 * A local tag as the app sends it, to add one (with {@code idTag}) or to replace an existing one's fields (without).
 *
 * @param enabled absent means enabled
 */
@Serdeable
public record LocalTagForm(@Nullable String idTag, @Nullable String name, @Nullable String note,
                           @Nullable Instant expiryDate, @Nullable Boolean enabled) {

    static final int MAX_ID_TAG = 20;
    static final int MAX_NAME = 64;
    static final int MAX_NOTE = 500;

    boolean on() {
        return enabled == null || enabled;
    }

    @Nullable
    String cleanNote() {
        return note == null || note.isBlank() ? null : note.strip();
    }

    String cleanName() {
        return name.strip();
    }

    /** What is wrong with the fields other than the id tag; empty when they may be stored. */
    List<FieldText> fieldErrors(Instant now) {
        List<FieldText> errors = new ArrayList<>();
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME
                || name.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldText("name", Text.of("localTag.name", MAX_NAME)));
        }
        if (note != null && (note.strip().length() > MAX_NOTE
                || note.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'))) {
            errors.add(new FieldText("note", Text.of("localTag.note", MAX_NOTE)));
        }
        if (expiryDate != null && !expiryDate.isAfter(now)) {
            errors.add(new FieldText("expiryDate", Text.of("localTag.expiryDate")));
        }
        return errors;
    }

    /** The id tag of a new tag: OCPP's IdToken, a CiString20 (S16 §2.2): 1 to 20 printable ASCII characters. */
    static boolean validIdTag(@Nullable String idTag) {
        return idTag != null && !idTag.isEmpty() && idTag.length() <= MAX_ID_TAG
                && idTag.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
    }
}
