package org.stationconfig;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.stationconfig.auth.Api;

/**
 * Base for HTTP tests of the API: the station starts with known (provisioned) passwords, and {@link #owner},
 * {@link #installer} and {@link #service} hold tokens of a real login.
 */
public abstract class LoggedInApi extends TestDataDir {

    public static final String OWNER_PASSWORD = "owner-password-1";
    public static final String INSTALLER_PASSWORD = "installer-password-1";
    public static final String SERVICE_PASSWORD = "service-password-1";

    @Inject
    @Client("/")
    protected HttpClient client;
    @Inject
    protected JsonMapper json;

    protected Api api;
    protected String owner;
    protected String installer;
    protected String service;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("station.provisioning.passwords.owner", OWNER_PASSWORD);
        properties.put("station.provisioning.passwords.installer", INSTALLER_PASSWORD);
        properties.put("station.provisioning.passwords.service", SERVICE_PASSWORD);
        return properties;
    }

    @BeforeAll
    void logInEveryRole() {
        api = new Api(client, json);
        owner = api.token("owner", OWNER_PASSWORD);
        installer = api.token("installer", INSTALLER_PASSWORD);
        service = api.token("service", SERVICE_PASSWORD);
    }
}
