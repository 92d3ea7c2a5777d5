package org.stationconfig.settings.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stationconfig.LoggedInApi;
import org.stationconfig.auth.Api;
import org.stationconfig.certificates.TestPki;

/**
 * The certificates line of the OCPP screen says per use what the caller may do; it must agree with what
 * POST and DELETE /api/v1/certificates really allow, for every role, and follow a change of the permission data.
 */
@MicronautTest(transactional = false)
class CertificateItemPermissionsTest extends LoggedInApi {

    private static final List<String> ROOT_USES = List.of("CentralSystemRootCertificate", "ManufacturerRootCertificate");

    private String temporaryInstaller;

    @BeforeAll
    void grantTemporaryAccess() {
        Api.Reply grant = api.call(HttpRequest.POST("/api/v1/access-grants", Map.of()), owner);
        assertEquals(201, grant.status(), grant.body());
        temporaryInstaller = api.token((String) grant.json().get("username"), (String) grant.json().get("password"));
    }

    @AfterEach
    void shippedPermissions() {
        assertEquals(200, api.call(HttpRequest.PUT("/api/v1/permissions/ManufacturerRootCertificate",
                Map.of("writers", List.of("SERVICE", "CSMS"))), service).status());
    }

    /** use → [add, delete] as the screen's certificates line says for this caller. */
    @SuppressWarnings("unchecked")
    private Map<String, List<Boolean>> screenSays(String token) {
        Api.Reply page = api.call(HttpRequest.GET("/api/v1/settings"), token);
        Map<String, Object> line = ((List<Map<String, Object>>) page.json().get("sections")).stream()
                .filter(s -> s.get("id").equals("ocpp.authentication"))
                .flatMap(s -> ((List<Map<String, Object>>) s.get("items")).stream())
                .filter(l -> l.get("kind").equals("CERTIFICATES")).findFirst().orElseThrow();
        assertEquals("/api/v1/certificates", line.get("href"));
        Map<String, List<Boolean>> says = new LinkedHashMap<>();
        ((List<Map<String, Object>>) line.get("certificates")).forEach(c ->
                says.put((String) c.get("use"), List.of((Boolean) c.get("add"), (Boolean) c.get("delete"))));
        return says;
    }

    private Api.Reply upload(String token, String use, byte[] pem) {
        MultipartBody body = MultipartBody.builder().addPart("use", use)
                .addPart("file", "upload.pem", MediaType.APPLICATION_OCTET_STREAM_TYPE, pem).build();
        return api.call(HttpRequest.POST("/api/v1/certificates", body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), token);
    }

    /** use → [add, delete] as POST and DELETE really answer (permission is checked before the file). */
    private Map<String, List<Boolean>> apiAllows(String token, String who) throws Exception {
        Map<String, List<Boolean>> allows = new LinkedHashMap<>();
        for (String use : ROOT_USES) {
            Api.Reply added = upload(token, use, TestPki.ca(who + " " + use + " try").build().pemBytes());
            boolean add = added.status() != 403;
            if (add) {
                assertEquals(201, added.status(), added.body());
                assertEquals(204, api.call(HttpRequest.DELETE("/api/v1/certificates/" + added.json().get("id")), service).status());
            }
            Api.Reply installed = upload(service, use, TestPki.ca(who + " " + use + " installed").build().pemBytes());
            assertEquals(201, installed.status(), installed.body());
            Object id = installed.json().get("id");
            int deleted = api.call(HttpRequest.DELETE("/api/v1/certificates/" + id), token).status();
            if (deleted == 403) {
                assertEquals(204, api.call(HttpRequest.DELETE("/api/v1/certificates/" + id), service).status());
            } else {
                assertEquals(204, deleted);
            }
            allows.put(use, List.of(add, deleted != 403));
        }
        // the station certificate needs its own key: whether the upload passes the permission check is enough here
        Api.Reply station = upload(token, "ChargePointCertificate", TestPki.ca(who + " not a station cert").build().pemBytes());
        allows.put("ChargePointCertificate", List.of(station.status() != 403, station.status() != 403));
        return allows;
    }

    private Map<String, List<Boolean>> screenSaysForRootsAndStation(String token) {
        Map<String, List<Boolean>> says = screenSays(token);
        return Map.of("CentralSystemRootCertificate", says.get("CentralSystemRootCertificate"),
                "ManufacturerRootCertificate", says.get("ManufacturerRootCertificate"),
                "ChargePointCertificate", says.get("ChargePointCertificate"));
    }

    @Test
    void theCertificatesLineAgreesWithWhatTheApiAllowsForEveryRole() throws Exception {
        Map<String, String> callers = Map.of("installer", installer, "owner", owner, "service", service,
                "temporary installer", temporaryInstaller);
        callers.forEach((who, token) -> {
            try {
                assertEquals(Map.copyOf(apiAllows(token, who)), screenSaysForRootsAndStation(token), who);
            } catch (Exception e) {
                throw new AssertionError(who, e);
            }
        });
        assertEquals(List.of(false, false), screenSays(installer).get("ManufacturerRootCertificate"));
        assertEquals(List.of(true, true), screenSays(installer).get("CentralSystemRootCertificate"));
        assertEquals(List.of(false, false), screenSays(owner).get("ChargePointCertificate"));
    }

    @Test
    void theCertificatesLineFollowsAChangeOfThePermissionData() throws Exception {
        assertEquals(List.of(false, false), screenSays(installer).get("ManufacturerRootCertificate"));

        assertEquals(200, api.call(HttpRequest.PUT("/api/v1/permissions/ManufacturerRootCertificate",
                Map.of("writers", List.of("INSTALLER", "SERVICE", "CSMS"))), service).status());

        assertEquals(List.of(true, true), screenSays(installer).get("ManufacturerRootCertificate"));
        assertEquals(screenSays(installer).get("ManufacturerRootCertificate"),
                apiAllows(installer, "installer after").get("ManufacturerRootCertificate"));
        assertNotEquals(screenSays(installer).get("ManufacturerRootCertificate"),
                screenSays(owner).get("ManufacturerRootCertificate"));
    }
}
