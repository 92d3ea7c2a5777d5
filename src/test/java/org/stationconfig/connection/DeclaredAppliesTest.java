package org.stationconfig.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.stationconfig.auth.Actor;
import org.stationconfig.auth.Role;
import org.stationconfig.settings.Applies;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.SettingDefinition;
import org.stationconfig.settings.SettingsRegistry;
import org.stationconfig.settings.type.BooleanType;
import org.stationconfig.settings.type.DecimalType;
import org.stationconfig.settings.type.EnumType;
import org.stationconfig.settings.type.FreeTextType;
import org.stationconfig.settings.type.IntegerType;
import org.stationconfig.settings.type.ListType;
import org.stationconfig.settings.type.TextType;

/**
 * Each declared {@code applies} is what happens (issue 12 item 3): every setting the app can change gets a valid new
 * value on a connected, Accepted station (virtual clock, in-memory link), and a {@code reconnect} setting makes exactly
 * one new connection, an {@code immediately} or {@code restart} one none ({@code enabled} switches the connection off
 * at once). A new setting is covered by being declared; those the app cannot write, or that have one value only
 * (a constant, {@code protocol}), are left out.
 */
@MicronautTest(transactional = false)
class DeclaredAppliesTest extends VirtualLifecycle {

    private static final Actor SERVICE = Actor.app("service", Role.SERVICE);
    /** Values no rule of the type can make up: a key's form, a phase rotation's connector, a current below the maximum. */
    private static final Map<String, String> GIVEN = Map.of(
            "accessKey", "00112233445566778899aabbccddeeff",
            "connectorPhaseRotation", "0.RST",
            "fallbackLimit", "10");

    @Inject
    SettingsRegistry registry;

    @TestFactory
    Stream<DynamicTest> eachChangeDoesWhatItsDeclarationSays() {
        List<DynamicTest> tests = new ArrayList<>();
        for (SettingDefinition definition : registry.all()) {
            if (!unchangeable(definition)) {
                tests.add(DynamicTest.dynamicTest(definition.key() + " applies " + definition.applies().label(),
                        () -> changeAndWatch(definition)));
            }
        }
        return tests.stream();
    }

    private void changeAndWatch(SettingDefinition definition) {
        commission("CP-APPLIES", Map.of("securityProfile", 0, "accessKey", "ffeeddccbbaa99887766554433221100"));
        assertEquals(ConnectionState.CONNECTED, status().state());
        int dials = csms.dials.size();
        String value = another(definition).orElseThrow();

        changes.apply(new ChangeRequest(SERVICE, Map.of(definition.key(), value), true, null));
        time.settle();

        if (definition.applies() == Applies.RECONNECT) {
            assertEquals(dials + 1, csms.dials.size(), definition.key() + " reconnects");
            assertEquals(ConnectionState.CONNECTED, status().state());
        } else {
            assertEquals(dials, csms.dials.size(), definition.key() + " applies without a new connection");
            assertEquals(definition.key().equals("enabled") ? ConnectionState.DISABLED : ConnectionState.CONNECTED,
                    status().state());
        }
    }

    private static boolean noAppWriter(SettingDefinition definition) {
        return definition.defaultWriters().stream().noneMatch(writer -> writer.name().equals("SERVICE"));
    }

    /** A valid value other than the current one, when the type has one. */
    private Optional<String> another(SettingDefinition definition) {
        String current = settings.current().value(definition.key());
        if (GIVEN.containsKey(definition.key())) {
            return Optional.of(GIVEN.get(definition.key()));
        }
        if (definition.type() instanceof BooleanType) {
            return Optional.of(Boolean.toString(!Boolean.parseBoolean(current)));
        }
        if (definition.type() instanceof IntegerType integer) {
            long now = Long.parseLong(current);
            return integer.min() == integer.max() ? Optional.empty()
                    : Optional.of(Long.toString(now < integer.max() ? now + 1 : integer.min()));
        }
        if (definition.type() instanceof EnumType choices) {
            return available(choices).filter(choice -> !choice.equals(current)).findFirst();
        }
        if (definition.type() instanceof ListType list) {
            return list.item().choices().stream().filter(choice -> !choice.equals(current)).findFirst();
        }
        if (definition.type() instanceof TextType text) {
            return Optional.of(current.length() < text.maxLength() ? current + "x" : current.substring(1) + "x");
        }
        if (definition.type() instanceof FreeTextType text) {
            return Optional.of(current.length() < text.maxLength() ? current + "x" : current.substring(1) + "x");
        }
        if (definition.type() instanceof DecimalType decimal) {
            return Optional.of(decimal.min().add(BigDecimal.ONE).toPlainString());
        }
        return Optional.empty();
    }

    private static Stream<String> available(EnumType choices) {
        return choices.values().stream().filter(choice -> !choices.unavailable().containsKey(choice));
    }

    /** Nothing the app may write, or only one value (an enumeration with one available choice, a constant). */
    private static boolean unchangeable(SettingDefinition definition) {
        return noAppWriter(definition)
                || definition.type() instanceof EnumType choices && available(choices).count() <= 1
                || definition.type() instanceof IntegerType integer && integer.min() == integer.max();
    }
}
