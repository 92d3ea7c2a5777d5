package org.stationconfig.settings;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * A setting by its key, with the Java type its value reads as: {@code snapshot.get(Setting.HEARTBEAT_INTERVAL)} is an
 * {@code Integer}, parsed once per snapshot. One constant per declared setting (the catalog declares each by its
 * constant, and {@code SettingConstantsTest} checks that the two lists and the value types agree).
 *
 * @param <T> the value's type: Boolean, Integer, BigDecimal, List of String (a comma-separated list), or String (text,
 *            enumerations, secrets); null where the setting is unset
 */
public final class Setting<T> {

    public static final Setting<String> PROTOCOL = text("protocol");
    public static final Setting<Boolean> ENABLED = flag("enabled");
    public static final Setting<String> CENTRAL_SYSTEM_URL = text("centralSystemUrl");
    public static final Setting<String> CHARGE_POINT_ID = text("chargePointId");
    public static final Setting<Integer> SECURITY_PROFILE = integer("securityProfile");
    public static final Setting<String> ACCESS_KEY = text("accessKey");
    public static final Setting<String> ACCESS_KEY_FORMAT = text("accessKeyFormat");
    public static final Setting<BigDecimal> FALLBACK_LIMIT = decimal("fallbackLimit");
    public static final Setting<Integer> CONNECTION_CHECK_INTERVAL = integer("connectionCheckInterval");
    public static final Setting<Integer> RECONNECT_INTERVAL = integer("reconnectInterval");
    public static final Setting<Integer> TRANSACTION_MESSAGE_ATTEMPTS = integer("transactionMessageAttempts");
    public static final Setting<Integer> TRANSACTION_MESSAGE_RETRY_INTERVAL = integer("transactionMessageRetryInterval");
    public static final Setting<Integer> METER_VALUE_SAMPLE_INTERVAL = integer("meterValueSampleInterval");
    public static final Setting<List<String>> METER_VALUES_SAMPLED_DATA = list("meterValuesSampledData");
    public static final Setting<Integer> METER_VALUES_SAMPLED_DATA_MAX_LENGTH = integer("meterValuesSampledDataMaxLength");
    public static final Setting<Boolean> ADDITIONAL_ROOT_CERTIFICATE_CHECK = flag("additionalRootCertificateCheck");
    public static final Setting<Integer> CERTIFICATE_SIGNED_MAX_CHAIN_SIZE = integer("certificateSignedMaxChainSize");
    public static final Setting<Integer> CERTIFICATE_STORE_MAX_LENGTH = integer("certificateStoreMaxLength");
    public static final Setting<String> CPO_NAME = text("cpoName");
    public static final Setting<Boolean> AUTHORIZATION_KEY_HEX_AS_TEXT = flag("authorizationKeyHexAsText");
    public static final Setting<String> FIRMWARE_UPDATE_MODE = text("firmwareUpdateMode");
    public static final Setting<String> CLOCK_SOURCE = text("clockSource");
    public static final Setting<Boolean> BOOLEAN_VALUES_AS_INTEGERS = flag("booleanValuesAsIntegers");
    public static final Setting<Boolean> HTTP_ENABLED = flag("httpEnabled");
    public static final Setting<Integer> CONNECTION_TRIAL_ATTEMPTS = integer("connectionTrialAttempts");
    public static final Setting<Integer> RECONNECT_MAX_INTERVAL = integer("reconnectMaxInterval");
    public static final Setting<Boolean> ALLOW_OFFLINE_TX_FOR_UNKNOWN_ID = flag("allowOfflineTxForUnknownId");
    public static final Setting<Boolean> AUTHORIZATION_CACHE_ENABLED = flag("authorizationCacheEnabled");
    public static final Setting<Boolean> AUTHORIZE_REMOTE_TX_REQUESTS = flag("authorizeRemoteTxRequests");
    public static final Setting<Integer> CLOCK_ALIGNED_DATA_INTERVAL = integer("clockAlignedDataInterval");
    public static final Setting<Integer> CONNECTION_TIME_OUT = integer("connectionTimeOut");
    public static final Setting<List<String>> CONNECTOR_PHASE_ROTATION = list("connectorPhaseRotation");
    public static final Setting<Integer> CONNECTOR_PHASE_ROTATION_MAX_LENGTH = integer("connectorPhaseRotationMaxLength");
    public static final Setting<Integer> GET_CONFIGURATION_MAX_KEYS = integer("getConfigurationMaxKeys");
    public static final Setting<Integer> HEARTBEAT_INTERVAL = integer("heartbeatInterval");
    public static final Setting<Boolean> LOCAL_AUTHORIZE_OFFLINE = flag("localAuthorizeOffline");
    public static final Setting<Boolean> LOCAL_PRE_AUTHORIZE = flag("localPreAuthorize");
    public static final Setting<Integer> MAX_ENERGY_ON_INVALID_ID = integer("maxEnergyOnInvalidId");
    public static final Setting<Integer> MESSAGE_TIMEOUT = integer("messageTimeout");
    public static final Setting<List<String>> METER_VALUES_ALIGNED_DATA = list("meterValuesAlignedData");
    public static final Setting<Integer> METER_VALUES_ALIGNED_DATA_MAX_LENGTH = integer("meterValuesAlignedDataMaxLength");
    public static final Setting<Integer> MINIMUM_STATUS_DURATION = integer("minimumStatusDuration");
    public static final Setting<Integer> NUMBER_OF_CONNECTORS = integer("numberOfConnectors");
    public static final Setting<Integer> RESET_RETRIES = integer("resetRetries");
    public static final Setting<Integer> STOP_TRANSACTION_MAX_METER_VALUES = integer("stopTransactionMaxMeterValues");
    public static final Setting<Boolean> STOP_TRANSACTION_ON_EVSIDE_DISCONNECT = flag("stopTransactionOnEVSideDisconnect");
    public static final Setting<Boolean> STOP_TRANSACTION_ON_INVALID_ID = flag("stopTransactionOnInvalidId");
    public static final Setting<List<String>> STOP_TXN_ALIGNED_DATA = list("stopTxnAlignedData");
    public static final Setting<Integer> STOP_TXN_ALIGNED_DATA_MAX_LENGTH = integer("stopTxnAlignedDataMaxLength");
    public static final Setting<List<String>> STOP_TXN_SAMPLED_DATA = list("stopTxnSampledData");
    public static final Setting<Integer> STOP_TXN_SAMPLED_DATA_MAX_LENGTH = integer("stopTxnSampledDataMaxLength");
    public static final Setting<List<String>> SUPPORTED_FEATURE_PROFILES = list("supportedFeatureProfiles");
    public static final Setting<Boolean> UNLOCK_CONNECTOR_ON_EVSIDE_DISCONNECT = flag("unlockConnectorOnEVSideDisconnect");
    public static final Setting<Boolean> LOCAL_AUTH_LIST_ENABLED = flag("localAuthListEnabled");
    public static final Setting<Integer> LOCAL_AUTH_LIST_MAX_LENGTH = integer("localAuthListMaxLength");
    public static final Setting<Integer> SEND_LOCAL_LIST_MAX_LENGTH = integer("sendLocalListMaxLength");
    public static final Setting<Integer> CHARGE_PROFILE_MAX_STACK_LEVEL = integer("chargeProfileMaxStackLevel");
    public static final Setting<List<String>> CHARGING_SCHEDULE_ALLOWED_CHARGING_RATE_UNIT = list("chargingScheduleAllowedChargingRateUnit");
    public static final Setting<Integer> CHARGING_SCHEDULE_MAX_PERIODS = integer("chargingScheduleMaxPeriods");
    public static final Setting<Integer> MAX_CHARGING_PROFILES_INSTALLED = integer("maxChargingProfilesInstalled");
    public static final Setting<String> CHARGE_POINT_VENDOR = text("chargePointVendor");
    public static final Setting<String> CHARGE_POINT_MODEL = text("chargePointModel");
    public static final Setting<String> CHARGE_POINT_SERIAL_NUMBER = text("chargePointSerialNumber");
    public static final Setting<String> CHARGE_BOX_SERIAL_NUMBER = text("chargeBoxSerialNumber");
    public static final Setting<String> FIRMWARE_VERSION = text("firmwareVersion");
    public static final Setting<String> METER_TYPE = text("meterType");
    public static final Setting<String> METER_SERIAL_NUMBER = text("meterSerialNumber");
    public static final Setting<String> STATION_NAME = text("stationName");
    public static final Setting<String> STATION_COMMENT = text("stationComment");
    public static final Setting<String> AUTHORIZATION_MODE = text("authorizationMode");
    public static final Setting<String> FREE_VEND_ID_TAG = text("freeVendIdTag");
    public static final Setting<Boolean> RESERVE_CONNECTOR_ZERO_SUPPORTED = flag("reserveConnectorZeroSupported");
    public static final Setting<List<String>> SUPPORTED_FILE_TRANSFER_PROTOCOLS = list("supportedFileTransferProtocols");
    public static final Setting<Integer> MAX_DOWNLOAD_SIZE = integer("maxDownloadSize");

    private final String key;
    private final Class<?> valueType;
    private final Function<String, T> reader;

    private Setting(String key, Class<?> valueType, Function<String, T> reader) {
        this.key = key;
        this.valueType = valueType;
        this.reader = reader;
    }

    private static Setting<Boolean> flag(String key) {
        return new Setting<>(key, Boolean.class, Boolean::valueOf);
    }

    private static Setting<Integer> integer(String key) {
        return new Setting<>(key, Integer.class, Integer::valueOf);
    }

    private static Setting<BigDecimal> decimal(String key) {
        return new Setting<>(key, BigDecimal.class, BigDecimal::new);
    }

    private static Setting<List<String>> list(String key) {
        return new Setting<>(key, List.class, value -> value.isEmpty() ? List.of() : List.of(value.split(",")));
    }

    private static Setting<String> text(String key) {
        return new Setting<>(key, String.class, Function.identity());
    }

    public String key() {
        return key;
    }

    /** The class of what {@link #read} answers. */
    public Class<?> valueType() {
        return valueType;
    }

    /** The typed value of a stored (canonical) text; an unset value reads as null, an unset list as empty. */
    public T read(String value) {
        if (value == null) {
            return valueType == List.class ? reader.apply("") : null;
        }
        return reader.apply(value);
    }

    @Override
    public String toString() {
        return key;
    }
}
