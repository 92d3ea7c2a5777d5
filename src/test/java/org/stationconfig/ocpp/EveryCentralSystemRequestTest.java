package org.stationconfig.ocpp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.stationconfig.TestDataDir;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.ActionTable;
import org.stationconfig.ocpp.trigger.TriggerableMessage;
import org.stationconfig.ocpp.v16.FeatureProfile;
import org.stationconfig.ocpp.v16.remotetrigger.TriggerMessage;
import org.stationconfig.ocpp.v16.security.ExtendedTriggerMessage;
import org.stationconfig.settings.SettingsStore;

/**
 * Issue 6's promise: every request OCPP 1.6 and the security extension let a central system send has a handler in
 * the running service and every message a trigger can ask for has a sender (nothing falls through to
 * NotImplemented), and SupportedFeatureProfiles says all six profiles.
 */
@MicronautTest(transactional = false)
class EveryCentralSystemRequestTest extends TestDataDir {

    @Inject
    List<OcppHandler> handlers;
    @Inject
    SettingsStore settings;
    @Inject
    List<TriggerableMessage> triggerable;

    @Test
    void everyRequestTheCentralSystemCanSendHasAHandler() {
        Set<String> handled = handlers.stream().map(h -> h.registration().action().name()).collect(Collectors.toSet());
        Set<String> sendable = ActionTable.v16().all().stream()
                .filter(action -> action.direction().centralSystemSends())
                .map(ActionDefinition::name).collect(Collectors.toSet());
        assertEquals(26, sendable.size(), "S16 lets the central system send 19 requests (DataTransfer included), the whitepaper 7 more");
        assertEquals(Set.of(), sendable.stream().filter(name -> !handled.contains(name)).collect(Collectors.toSet()),
                "requests without a handler");
    }

    @Test
    void everyMessageATriggerCanAskForHasASender() {
        Set<String> senders = triggerable.stream().map(TriggerableMessage::requestedMessage).collect(Collectors.toSet());
        Set<String> askable = new java.util.HashSet<>();
        java.util.Arrays.stream(TriggerMessage.MessageTrigger.values()).map(Enum::name).forEach(askable::add);
        java.util.Arrays.stream(ExtendedTriggerMessage.MessageTrigger.values()).map(Enum::name).forEach(askable::add);
        assertEquals(Set.of(), askable.stream().filter(name -> !senders.contains(name)).collect(Collectors.toSet()),
                "messages a TriggerMessage or ExtendedTriggerMessage would answer NotImplemented for");
    }

    @Test
    void supportedFeatureProfilesListsAllSix() {
        Set<String> listed = Set.of(settings.current().value("supportedFeatureProfiles").split(","));
        Set<String> all = java.util.Arrays.stream(FeatureProfile.values()).filter(p -> p != FeatureProfile.Security)
                .map(Enum::name).collect(Collectors.toSet());
        assertEquals(all, listed);
    }
}
