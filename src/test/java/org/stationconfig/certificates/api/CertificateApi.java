package org.stationconfig.certificates.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import java.util.List;
import java.util.Map;
import org.stationconfig.auth.Api;

/** The certificate endpoints as the phone app calls them (multipart uploads like a file picker sends). */
final class CertificateApi {

    static final Map<String, String> ACCOUNTS = Map.of(
            "station.provisioning.passwords.owner", "owner-password-1",
            "station.provisioning.passwords.installer", "installer-password-1",
            "station.provisioning.passwords.service", "service-password-1");

    private final Api api;
    private final String token;

    CertificateApi(Api api, String token) {
        this.api = api;
        this.token = token;
    }

    Api.Reply upload(String use, byte[] file, byte[] key, char[] password) {
        MultipartBody.Builder body = MultipartBody.builder();
        if (use != null) {
            body.addPart("use", use);
        }
        if (file != null) {
            body.addPart("file", "upload.pem", MediaType.APPLICATION_OCTET_STREAM_TYPE, file);
        }
        if (key != null) {
            body.addPart("key", "key.pem", MediaType.APPLICATION_OCTET_STREAM_TYPE, key);
        }
        if (password != null) {
            body.addPart("password", new String(password));
        }
        return api.call(HttpRequest.POST("/api/v1/certificates", body.build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), token);
    }

    Api.Reply uploadRoot(byte[] file) {
        return upload("CentralSystemRootCertificate", file, null, null);
    }

    Api.Reply list() {
        return api.call(HttpRequest.GET("/api/v1/certificates"), token);
    }

    /** The installed fingerprints, oldest first. */
    @SuppressWarnings("unchecked")
    List<String> fingerprints(io.micronaut.json.JsonMapper json) throws java.io.IOException {
        List<Map<String, Object>> all = (List<Map<String, Object>>) json.readValue(list().body(), Map.class)
                .get("certificates");
        return all.stream().map(c -> (String) c.get("sha256Fingerprint")).toList();
    }

    /** What the caller may do per use: use name → [add, delete]. */
    @SuppressWarnings("unchecked")
    Map<String, List<Boolean>> permissions(io.micronaut.json.JsonMapper json) throws java.io.IOException {
        List<Map<String, Object>> all = (List<Map<String, Object>>) json.readValue(list().body(), Map.class)
                .get("permissions");
        Map<String, List<Boolean>> byUse = new java.util.TreeMap<>();
        all.forEach(p -> byUse.put((String) p.get("use"), List.of((Boolean) p.get("add"), (Boolean) p.get("delete"))));
        return byUse;
    }

    Api.Reply get(Object id) {
        return api.call(HttpRequest.GET("/api/v1/certificates/" + id), token);
    }

    Api.Reply delete(Object id) {
        return api.call(HttpRequest.DELETE("/api/v1/certificates/" + id), token);
    }

    Api.Reply csr(Map<String, Object> order) {
        return api.call(HttpRequest.POST("/api/v1/certificates/csr", order), token);
    }
}
