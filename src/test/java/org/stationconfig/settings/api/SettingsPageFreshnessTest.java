package org.stationconfig.settings.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stationconfig.LoggedInApi;
import org.stationconfig.auth.Api;
import org.stationconfig.i18n.Bundle;

/**
 * Issue 12: {@code GET /api/v1/settings} answers a page rendered once and reused. Each test first asks for the page so
 * that it is kept, then changes one thing the page depends on, and expects the next answer to show it.
 */
@MicronautTest(transactional = false)
class SettingsPageFreshnessTest extends LoggedInApi {

    private static final String NEW_OWNER_PASSWORD = "another owner password";

    private Api.Reply get(String token, String language) {
        MutableHttpRequest<?> request = HttpRequest.GET("/api/v1/settings");
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return api.call(request, token);
    }

    private Api.Reply patch(String token, String body) {
        return api.call(HttpRequest.PATCH("/api/v1/settings", body).contentType(MediaType.APPLICATION_JSON_TYPE), token);
    }

    private Api.Reply permit(String key, List<String> writers) {
        return api.call(HttpRequest.PUT("/api/v1/permissions/" + key, Map.of("writers", writers)), service);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> setting(Api.Reply reply, String key) {
        assertEquals(200, reply.status(), reply.body());
        return ((List<Map<String, Object>>) reply.json().get("settings")).stream()
                .filter(s -> s.get("key").equals(key)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> certificateActions(Api.Reply reply, String use) {
        return ((List<Map<String, Object>>) reply.json().get("sections")).stream()
                .flatMap(section -> ((List<Map<String, Object>>) section.get("items")).stream())
                .filter(item -> "CERTIFICATES".equals(item.get("kind")))
                .flatMap(item -> ((List<Map<String, Object>>) item.get("certificates")).stream())
                .filter(actions -> use.equals(actions.get("use"))).findFirst().orElseThrow();
    }

    @AfterEach
    void shippedPermissions() {
        assertEquals(200, permit("heartbeatInterval", List.of("INSTALLER", "SERVICE", "CSMS")).status());
        assertEquals(200, permit("ManufacturerRootCertificate", List.of("SERVICE", "CSMS")).status());
    }

    @Test
    void aChangedValueShowsInTheNextPageWithItsNewEtag() {
        Api.Reply before = get(installer, null);
        long interval = ((Number) setting(before, "heartbeatInterval").get("value")).longValue() + 7;

        assertEquals(200, patch(installer, "{\"values\":{\"heartbeatInterval\":" + interval + "}}").status());

        Api.Reply after = get(installer, null);
        assertEquals(interval, ((Number) setting(after, "heartbeatInterval").get("value")).longValue());
        assertNotEquals(before.headers().get("ETag"), after.headers().get("ETag"));
        assertEquals("\"" + after.json().get("version") + "\"", after.headers().get("ETag"));
    }

    @Test
    void aPermissionChangeShowsInTheNextPageOfThatRole() {
        assertEquals(false, setting(get(owner, null), "heartbeatInterval").get("editable"));

        assertEquals(200, permit("heartbeatInterval", List.of("OWNER", "INSTALLER", "SERVICE", "CSMS")).status());

        Map<String, Object> now = setting(get(owner, null), "heartbeatInterval");
        assertEquals(true, now.get("editable"));
        assertNull(now.get("reason"));
    }

    @Test
    void aCertificatePermissionChangeShowsInTheNextPagesSections() {
        assertEquals(false, certificateActions(get(installer, null), "ManufacturerRootCertificate").get("add"));

        assertEquals(200, permit("ManufacturerRootCertificate", List.of("INSTALLER", "SERVICE", "CSMS")).status());

        Map<String, Object> now = certificateActions(get(installer, null), "ManufacturerRootCertificate");
        assertEquals(true, now.get("add"));
        assertEquals(true, now.get("delete"));
    }

    @Test
    void eachRoleGetsItsOwnPage() {
        assertEquals(true, setting(get(installer, null), "heartbeatInterval").get("editable"));

        Map<String, Object> owners = setting(get(owner, null), "heartbeatInterval");
        assertEquals(false, owners.get("editable"));
        assertNotEquals(null, owners.get("reason"));
        assertEquals(true, setting(get(installer, null), "heartbeatInterval").get("editable"));
    }

    @Test
    void eachLanguageGetsItsOwnPage() {
        assertEquals(Bundle.text(Locale.ENGLISH, "setting.heartbeatInterval.label"),
                setting(get(installer, "en"), "heartbeatInterval").get("label"));

        Api.Reply german = get(installer, "de");
        assertEquals(Bundle.text(Locale.GERMAN, "setting.heartbeatInterval.label"),
                setting(german, "heartbeatInterval").get("label"));
        assertEquals("de", german.headers().get("Content-Language"));
        assertEquals(Bundle.text(Locale.ENGLISH, "setting.heartbeatInterval.label"),
                setting(get(installer, null), "heartbeatInterval").get("label"));
    }

    @Test
    void theKeptPageIsThePageAChangeAnswersWith() {
        Api.Reply kept = get(owner, "de");
        assertEquals(MediaType.APPLICATION_JSON, kept.contentType());

        // a change to the value the setting already has stores nothing and answers the page as drawn afresh
        Object name = setting(kept, "stationName").get("value");
        Map<String, Object> value = new HashMap<>();
        value.put("stationName", name);
        Api.Reply drawn = api.call(HttpRequest.PATCH("/api/v1/settings", Map.of("values", value))
                .header("Accept-Language", "de"), owner);
        assertEquals(200, drawn.status(), drawn.body());

        Map<String, Object> page = new HashMap<>(drawn.json());
        page.remove("changed");
        page.remove("warnings");
        assertEquals(page, kept.json());
        assertEquals(drawn.headers().get("ETag"), kept.headers().get("ETag"));
    }

    @Test
    void aTokenEndedByAPasswordChangeGetsNoKeptPage() {
        String token = api.token("owner", OWNER_PASSWORD);
        assertEquals(200, get(token, null).status());

        assertEquals(204, api.call(HttpRequest.POST("/api/v1/users/me/password",
                Map.of("currentPassword", OWNER_PASSWORD, "newPassword", NEW_OWNER_PASSWORD)), token).status());

        get(token, null).assertProblem(401);
        owner = api.token("owner", NEW_OWNER_PASSWORD); // the other tests go on with a live token
        assertEquals(200, get(owner, null).status());
    }
}
