package org.stationconfig.bench;

import eu.chargetime.ocpp.ClientEvents;
import eu.chargetime.ocpp.JSONClient;
import eu.chargetime.ocpp.feature.profile.ClientCoreEventHandler;
import eu.chargetime.ocpp.feature.profile.ClientCoreProfile;
import eu.chargetime.ocpp.model.core.AvailabilityStatus;
import eu.chargetime.ocpp.model.core.ChangeAvailabilityConfirmation;
import eu.chargetime.ocpp.model.core.ChangeAvailabilityRequest;
import eu.chargetime.ocpp.model.core.ChangeConfigurationConfirmation;
import eu.chargetime.ocpp.model.core.ChangeConfigurationRequest;
import eu.chargetime.ocpp.model.core.ClearCacheConfirmation;
import eu.chargetime.ocpp.model.core.ClearCacheRequest;
import eu.chargetime.ocpp.model.core.ClearCacheStatus;
import eu.chargetime.ocpp.model.core.ConfigurationStatus;
import eu.chargetime.ocpp.model.core.DataTransferConfirmation;
import eu.chargetime.ocpp.model.core.DataTransferRequest;
import eu.chargetime.ocpp.model.core.DataTransferStatus;
import eu.chargetime.ocpp.model.core.GetConfigurationConfirmation;
import eu.chargetime.ocpp.model.core.GetConfigurationRequest;
import eu.chargetime.ocpp.model.core.HeartbeatRequest;
import eu.chargetime.ocpp.model.core.KeyValueType;
import eu.chargetime.ocpp.model.core.RemoteStartStopStatus;
import eu.chargetime.ocpp.model.core.RemoteStartTransactionConfirmation;
import eu.chargetime.ocpp.model.core.RemoteStartTransactionRequest;
import eu.chargetime.ocpp.model.core.RemoteStopTransactionConfirmation;
import eu.chargetime.ocpp.model.core.RemoteStopTransactionRequest;
import eu.chargetime.ocpp.model.core.ResetConfirmation;
import eu.chargetime.ocpp.model.core.ResetRequest;
import eu.chargetime.ocpp.model.core.ResetStatus;
import eu.chargetime.ocpp.model.core.UnlockConnectorConfirmation;
import eu.chargetime.ocpp.model.core.UnlockConnectorRequest;
import eu.chargetime.ocpp.model.core.UnlockStatus;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The charge point library an integrator would pick instead of this station's client: Java-OCA-OCPP
 * ({@code eu.chargetime.ocpp:v1_6}, version pinned in the pom), connected to the same loopback central system. It
 * answers GetConfiguration from a fixed value, as the raw floor does; the station reads its settings registry.
 */
final class JavaOcaOcppAnchor implements AutoCloseable {

    static final String CHARGE_POINT_ID = "JAVA-OCA-OCPP";

    private final JSONClient client = new JSONClient(new ClientCoreProfile(new FixedAnswers()), CHARGE_POINT_ID);

    JavaOcaOcppAnchor(String centralSystemUrl) {
        CountDownLatch opened = new CountDownLatch(1);
        client.connect(centralSystemUrl, new ClientEvents() {
            @Override
            public void connectionOpened() {
                opened.countDown();
            }

            @Override
            public void connectionClosed() {
            }
        });
        try {
            if (!opened.await(BenchStation.WITHIN.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("Java-OCA-OCPP did not connect");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    CompletableFuture<?> heartbeat() {
        try {
            return client.send(new HeartbeatRequest()).toCompletableFuture();
        } catch (Exception e) {
            throw new IllegalStateException("Java-OCA-OCPP refused to send a Heartbeat", e);
        }
    }

    @Override
    public void close() {
        client.disconnect();
    }

    private static final class FixedAnswers implements ClientCoreEventHandler {

        @Override
        public GetConfigurationConfirmation handleGetConfigurationRequest(GetConfigurationRequest request) {
            KeyValueType interval = new KeyValueType("HeartbeatInterval", false);
            interval.setValue("300");
            GetConfigurationConfirmation confirmation = new GetConfigurationConfirmation();
            confirmation.setConfigurationKey(new KeyValueType[] {interval});
            confirmation.setUnknownKey(new String[0]);
            return confirmation;
        }

        @Override
        public ChangeAvailabilityConfirmation handleChangeAvailabilityRequest(ChangeAvailabilityRequest request) {
            return new ChangeAvailabilityConfirmation(AvailabilityStatus.Rejected);
        }

        @Override
        public ChangeConfigurationConfirmation handleChangeConfigurationRequest(ChangeConfigurationRequest request) {
            return new ChangeConfigurationConfirmation(ConfigurationStatus.Rejected);
        }

        @Override
        public ClearCacheConfirmation handleClearCacheRequest(ClearCacheRequest request) {
            return new ClearCacheConfirmation(ClearCacheStatus.Rejected);
        }

        @Override
        public DataTransferConfirmation handleDataTransferRequest(DataTransferRequest request) {
            return new DataTransferConfirmation(DataTransferStatus.UnknownVendorId);
        }

        @Override
        public RemoteStartTransactionConfirmation handleRemoteStartTransactionRequest(
                RemoteStartTransactionRequest request) {
            return new RemoteStartTransactionConfirmation(RemoteStartStopStatus.Rejected);
        }

        @Override
        public RemoteStopTransactionConfirmation handleRemoteStopTransactionRequest(RemoteStopTransactionRequest request) {
            return new RemoteStopTransactionConfirmation(RemoteStartStopStatus.Rejected);
        }

        @Override
        public ResetConfirmation handleResetRequest(ResetRequest request) {
            return new ResetConfirmation(ResetStatus.Rejected);
        }

        @Override
        public UnlockConnectorConfirmation handleUnlockConnectorRequest(UnlockConnectorRequest request) {
            return new UnlockConnectorConfirmation(UnlockStatus.NotSupported);
        }
    }
}
