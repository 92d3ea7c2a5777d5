package org.stationconfig.apidoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stationconfig.LoggedInApi;
import org.stationconfig.client.ApiClient;
import org.stationconfig.client.ApiException;
import org.stationconfig.client.api.AccessApi;
import org.stationconfig.client.api.SettingsApi;
import org.stationconfig.client.model.LoginControllerLoginRequest;
import org.stationconfig.client.model.MeterValuesSampledDataItem;
import org.stationconfig.client.model.SettingView;
import org.stationconfig.client.model.SettingsPage;
import org.stationconfig.client.model.SettingsPatch;
import org.stationconfig.client.model.SettingsPatchValues;

/**
 * The Java client openapi-generator makes from {@code openapi/station-config.yml} (compiled in the build, see
 * pom.xml), used as a phone team would against the running service: it logs in, reads the settings and changes two,
 * and a refusal reaches it as the documented problem.
 */
@MicronautTest(transactional = false)
class GeneratedClientTest extends LoggedInApi {

    @Inject
    EmbeddedServer server;

    @Test
    void theGeneratedClientLogsInReadsAndChangesSettings() throws ApiException {
        String token = new AccessApi(station()).login(new LoginControllerLoginRequest()
                .username("installer").password(INSTALLER_PASSWORD)).getAccessToken();
        SettingsApi settings = new SettingsApi(station().setRequestInterceptor(
                request -> request.header("Authorization", "Bearer " + token)));

        SettingsPage before = settings.listSettings(null);
        SettingView heartbeat = setting(before, "heartbeatInterval");
        assertEquals("s", heartbeat.getUnit());
        assertTrue(heartbeat.getEditable());

        SettingsPage after = settings.changeSettings(new SettingsPatch().values(new SettingsPatchValues()
                        .heartbeatInterval(120)
                        .meterValuesSampledData(Set.of(MeterValuesSampledDataItem.POWER_ACTIVE_IMPORT))),
                "\"" + before.getVersion() + "\"", null);

        assertEquals(120, ((Number) setting(after, "heartbeatInterval").getValue()).intValue());
        assertEquals(List.of("Power.Active.Import"), setting(after, "meterValuesSampledData").getValue());
        assertEquals(120, ((Number) setting(settings.listSettings(null), "heartbeatInterval").getValue()).intValue());
    }

    @Test
    void aRefusalReachesTheGeneratedClientAsTheDocumentedProblem() throws ApiException {
        String token = new AccessApi(station()).login(new LoginControllerLoginRequest()
                .username("installer").password(INSTALLER_PASSWORD)).getAccessToken();
        SettingsApi settings = new SettingsApi(station().setRequestInterceptor(
                request -> request.header("Authorization", "Bearer " + token)));

        Object before = setting(settings.listSettings(null), "heartbeatInterval").getValue();

        ApiException refused = assertThrows(ApiException.class, () -> settings.changeSettings(
                new SettingsPatch().values(new SettingsPatchValues().heartbeatInterval(-1)), null, null));

        assertEquals(422, refused.getCode());
        assertTrue(refused.getResponseBody().contains("heartbeatInterval"), refused.getResponseBody());
        assertTrue(refused.getResponseHeaders().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(before, setting(settings.listSettings(null), "heartbeatInterval").getValue());
    }

    private ApiClient station() {
        return new ApiClient().setScheme("http").setHost("localhost").setPort(server.getPort());
    }

    private static SettingView setting(SettingsPage page, String key) {
        return page.getSettings().stream().filter(s -> key.equals(s.getKey())).findFirst().orElseThrow();
    }
}
