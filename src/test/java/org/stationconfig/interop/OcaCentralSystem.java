package org.stationconfig.interop;

import eu.chargetime.ocpp.JSONConfiguration;
import eu.chargetime.ocpp.JSONServer;
import eu.chargetime.ocpp.ServerEvents;
import eu.chargetime.ocpp.feature.profile.ServerCoreEventHandler;
import eu.chargetime.ocpp.feature.profile.ServerCoreProfile;
import eu.chargetime.ocpp.feature.profile.ServerFirmwareManagementEventHandler;
import eu.chargetime.ocpp.feature.profile.ServerFirmwareManagementProfile;
import eu.chargetime.ocpp.feature.profile.ServerRemoteTriggerProfile;
import eu.chargetime.ocpp.feature.profile.securityext.ServerSecurityExtEventHandler;
import eu.chargetime.ocpp.feature.profile.securityext.ServerSecurityExtProfile;
import eu.chargetime.ocpp.model.Confirmation;
import eu.chargetime.ocpp.model.Request;
import eu.chargetime.ocpp.model.SessionInformation;
import eu.chargetime.ocpp.model.core.AuthorizationStatus;
import eu.chargetime.ocpp.model.core.AuthorizeConfirmation;
import eu.chargetime.ocpp.model.core.AuthorizeRequest;
import eu.chargetime.ocpp.model.core.BootNotificationConfirmation;
import eu.chargetime.ocpp.model.core.BootNotificationRequest;
import eu.chargetime.ocpp.model.core.DataTransferConfirmation;
import eu.chargetime.ocpp.model.core.DataTransferRequest;
import eu.chargetime.ocpp.model.core.DataTransferStatus;
import eu.chargetime.ocpp.model.core.HeartbeatConfirmation;
import eu.chargetime.ocpp.model.core.HeartbeatRequest;
import eu.chargetime.ocpp.model.core.IdTagInfo;
import eu.chargetime.ocpp.model.core.MeterValuesConfirmation;
import eu.chargetime.ocpp.model.core.MeterValuesRequest;
import eu.chargetime.ocpp.model.core.RegistrationStatus;
import eu.chargetime.ocpp.model.core.StartTransactionConfirmation;
import eu.chargetime.ocpp.model.core.StartTransactionRequest;
import eu.chargetime.ocpp.model.core.StatusNotificationConfirmation;
import eu.chargetime.ocpp.model.core.StatusNotificationRequest;
import eu.chargetime.ocpp.model.core.StopTransactionConfirmation;
import eu.chargetime.ocpp.model.core.StopTransactionRequest;
import eu.chargetime.ocpp.model.firmware.DiagnosticsStatusNotificationConfirmation;
import eu.chargetime.ocpp.model.firmware.DiagnosticsStatusNotificationRequest;
import eu.chargetime.ocpp.model.firmware.FirmwareStatusNotificationConfirmation;
import eu.chargetime.ocpp.model.firmware.FirmwareStatusNotificationRequest;
import eu.chargetime.ocpp.model.securityext.LogStatusNotificationConfirmation;
import eu.chargetime.ocpp.model.securityext.LogStatusNotificationRequest;
import eu.chargetime.ocpp.model.securityext.SecurityEventNotificationConfirmation;
import eu.chargetime.ocpp.model.securityext.SecurityEventNotificationRequest;
import eu.chargetime.ocpp.model.securityext.SignCertificateConfirmation;
import eu.chargetime.ocpp.model.securityext.SignCertificateRequest;
import eu.chargetime.ocpp.model.securityext.SignedFirmwareStatusNotificationConfirmation;
import eu.chargetime.ocpp.model.securityext.SignedFirmwareStatusNotificationRequest;
import eu.chargetime.ocpp.model.securityext.types.GenericStatusEnumType;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;

/**
 * A central system built on Java-OCA-OCPP's JSON server (eu.chargetime.ocpp:v1_6), a library this project did not
 * write: it parses, validates and answers the station's CALLs with its own model classes, and sends requests with
 * them. Every CALL it handled is recorded with the charge point it came from. It listens on 127.0.0.1 at a port
 * that survives {@link #stop()}/{@link #start()}, so a restarted central system is at the same URL.
 */
public final class OcaCentralSystem implements AutoCloseable {

    /** One CALL the station sent and the library handled, with the charge point id of its connection. */
    public record Received(String chargePointId, Request request, Instant at) {
    }

    private final int port;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, UUID> sessions = new ConcurrentHashMap<>();
    private final Map<UUID, String> chargePoints = new ConcurrentHashMap<>();
    private final AtomicInteger transactionIds = new AtomicInteger(5000);
    private final AtomicInteger connections = new AtomicInteger();
    private volatile int heartbeatInterval = 300;
    private volatile JSONServer server;

    private OcaCentralSystem(int port) {
        this.port = port;
    }

    /** A central system on a free loopback port, listening. */
    public static OcaCentralSystem started() {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        OcaCentralSystem csms = new OcaCentralSystem(port);
        csms.start();
        return csms;
    }

    /** The URL to configure as centralSystemUrl; the station adds its charge point id. */
    public String url() {
        return "ws://127.0.0.1:" + port + "/ocpp";
    }

    public int port() {
        return port;
    }

    /** The interval the BootNotification answer gives (seconds). */
    public void heartbeatInterval(int seconds) {
        heartbeatInterval = seconds;
    }

    /** Listens (again) on the same port; a new library server each time, as after a process restart. */
    public synchronized void start() {
        ServerCoreProfile core = new ServerCoreProfile(new CoreHandler());
        JSONServer next = new JSONServer(core, JSONConfiguration.get()
                .setParameter(JSONConfiguration.REUSE_ADDR_PARAMETER, true)
                .setParameter(JSONConfiguration.TCP_NO_DELAY_PARAMETER, true));
        next.addFeatureProfile(new ServerFirmwareManagementProfile(new FirmwareHandler()));
        next.addFeatureProfile(new ServerRemoteTriggerProfile());
        next.addFeatureProfile(new ServerSecurityExtProfile(new SecurityHandler()));
        next.open("127.0.0.1", port, new Sessions());
        server = next;
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(this::listening);
    }

    /** Stops listening and drops every connection, as a central system that goes down. */
    public synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
            sessions.clear();
            chargePoints.clear();
        }
    }

    private boolean listening() {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public int connections() {
        return connections.get();
    }

    public boolean connected(String chargePointId) {
        UUID session = sessions.get(chargePointId);
        JSONServer current = server;
        return session != null && current != null && current.isSessionOpen(session);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The requests of one type from one charge point, in the order the library handled them. */
    public <T extends Request> List<T> received(String chargePointId, Class<T> type) {
        return received.stream().filter(r -> r.chargePointId().equals(chargePointId) && type.isInstance(r.request()))
                .map(r -> type.cast(r.request())).toList();
    }

    /** Waits until at least {@code count} requests of the type came from the charge point; returns them all. */
    public <T extends Request> List<T> await(String chargePointId, Class<T> type, int count, Duration within) {
        return Awaitility.await().atMost(within).until(() -> received(chargePointId, type), list -> list.size() >= count);
    }

    /** Sends a request to the station with the library and waits for its confirmation. */
    public <C extends Confirmation> C call(String chargePointId, Request request, Class<C> answer) {
        try {
            UUID session = sessions.get(chargePointId);
            if (session == null) {
                throw new AssertionError(chargePointId + " is not connected");
            }
            return answer.cast(server.send(session, request).toCompletableFuture().get(20, TimeUnit.SECONDS));
        } catch (Exception e) {
            throw new AssertionError(request.getClass().getSimpleName() + " got no valid answer", e);
        }
    }

    private static ZonedDateTime now() {
        return ZonedDateTime.now(ZoneOffset.UTC);
    }

    private <C> C record(UUID session, Request request, C confirmation) {
        received.add(new Received(chargePoints.getOrDefault(session, "?"), request, Instant.now()));
        return confirmation;
    }

    private final class Sessions implements ServerEvents {
        @Override
        public void authenticateSession(SessionInformation information, String username, byte[] password) {
            // security profile 0: no credentials to check
        }

        @Override
        public void newSession(UUID session, SessionInformation information) {
            String path = information.getIdentifier();
            String chargePointId = path.substring(path.lastIndexOf('/') + 1);
            chargePoints.put(session, chargePointId);
            sessions.put(chargePointId, session);
            connections.incrementAndGet();
        }

        @Override
        public void lostSession(UUID session) {
            String chargePointId = chargePoints.remove(session);
            if (chargePointId != null) {
                sessions.remove(chargePointId, session);
            }
        }
    }

    private final class CoreHandler implements ServerCoreEventHandler {
        @Override
        public AuthorizeConfirmation handleAuthorizeRequest(UUID session, AuthorizeRequest request) {
            return record(session, request, new AuthorizeConfirmation(new IdTagInfo(AuthorizationStatus.Accepted)));
        }

        @Override
        public BootNotificationConfirmation handleBootNotificationRequest(UUID session, BootNotificationRequest request) {
            return record(session, request,
                    new BootNotificationConfirmation(now(), heartbeatInterval, RegistrationStatus.Accepted));
        }

        @Override
        public DataTransferConfirmation handleDataTransferRequest(UUID session, DataTransferRequest request) {
            return record(session, request, new DataTransferConfirmation(DataTransferStatus.UnknownVendorId));
        }

        @Override
        public HeartbeatConfirmation handleHeartbeatRequest(UUID session, HeartbeatRequest request) {
            return record(session, request, new HeartbeatConfirmation(now()));
        }

        @Override
        public MeterValuesConfirmation handleMeterValuesRequest(UUID session, MeterValuesRequest request) {
            return record(session, request, new MeterValuesConfirmation());
        }

        @Override
        public StartTransactionConfirmation handleStartTransactionRequest(UUID session, StartTransactionRequest request) {
            return record(session, request, new StartTransactionConfirmation(
                    new IdTagInfo(AuthorizationStatus.Accepted), transactionIds.incrementAndGet()));
        }

        @Override
        public StatusNotificationConfirmation handleStatusNotificationRequest(UUID session,
                StatusNotificationRequest request) {
            return record(session, request, new StatusNotificationConfirmation());
        }

        @Override
        public StopTransactionConfirmation handleStopTransactionRequest(UUID session, StopTransactionRequest request) {
            return record(session, request, new StopTransactionConfirmation());
        }
    }

    private final class FirmwareHandler implements ServerFirmwareManagementEventHandler {
        @Override
        public DiagnosticsStatusNotificationConfirmation handleDiagnosticsStatusNotificationRequest(UUID session,
                DiagnosticsStatusNotificationRequest request) {
            return record(session, request, new DiagnosticsStatusNotificationConfirmation());
        }

        @Override
        public FirmwareStatusNotificationConfirmation handleFirmwareStatusNotificationRequest(UUID session,
                FirmwareStatusNotificationRequest request) {
            return record(session, request, new FirmwareStatusNotificationConfirmation());
        }
    }

    private final class SecurityHandler implements ServerSecurityExtEventHandler {
        @Override
        public LogStatusNotificationConfirmation handleLogStatusNotificationRequest(UUID session,
                LogStatusNotificationRequest request) {
            return record(session, request, new LogStatusNotificationConfirmation());
        }

        @Override
        public SecurityEventNotificationConfirmation handleSecurityEventNotificationRequest(UUID session,
                SecurityEventNotificationRequest request) {
            return record(session, request, new SecurityEventNotificationConfirmation());
        }

        @Override
        public SignCertificateConfirmation handleSignCertificateRequest(UUID session, SignCertificateRequest request) {
            return record(session, request, new SignCertificateConfirmation(GenericStatusEnumType.Rejected));
        }

        @Override
        public SignedFirmwareStatusNotificationConfirmation handleSignedFirmwareStatusNotificationRequest(UUID session,
                SignedFirmwareStatusNotificationRequest request) {
            return record(session, request, new SignedFirmwareStatusNotificationConfirmation());
        }
    }
}
