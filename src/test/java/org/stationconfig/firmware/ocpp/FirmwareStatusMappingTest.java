package org.stationconfig.firmware.ocpp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.stationconfig.firmware.FirmwareStatus;
import org.stationconfig.ocpp.v16.firmware.FirmwareStatusNotification;
import org.stationconfig.ocpp.v16.security.SignedFirmwareStatusNotification;

/**
 * The firmware feature's statuses against the wire's: a status added on either side without its counterpart fails
 * here, not on a station in the field.
 */
class FirmwareStatusMappingTest {

    @Test
    void everyStatusIsOneSignedWireStatusAndEveryWireStatusIsOne() {
        Set<SignedFirmwareStatusNotification.FirmwareStatus> reached = EnumSet.noneOf(
                SignedFirmwareStatusNotification.FirmwareStatus.class);
        for (FirmwareStatus status : FirmwareStatus.values()) {
            SignedFirmwareStatusNotification.FirmwareStatus wire = OcppFirmwareStatus.toOcpp(status);
            assertEquals(status.name(), wire.name(), "the stored word is the wire word");
            reached.add(wire);
        }
        assertEquals(EnumSet.allOf(SignedFirmwareStatusNotification.FirmwareStatus.class), reached);
        assertEquals(FirmwareStatus.values().length, reached.size(), "one to one");
    }

    @Test
    void everyStatusHasItsLegacyMeaningAndEvery16StatusIsReached() {
        Set<FirmwareStatusNotification.FirmwareStatus> reached = EnumSet.noneOf(
                FirmwareStatusNotification.FirmwareStatus.class);
        for (FirmwareStatus status : FirmwareStatus.values()) {
            LegacyFirmwareStatus.entering(status).ifPresent(reached::add);
            reached.add(LegacyFirmwareStatus.current(FirmwareMessagesTest.legacy(status)));
        }
        assertEquals(EnumSet.allOf(FirmwareStatusNotification.FirmwareStatus.class), reached,
                "every 1.6 status is what some step of an update is reported or triggered as");
    }

    @Test
    void theSevenStepsThe16MessageKnowsAreReportedUnderTheirOwnName() {
        Set<String> sixteen = Arrays.stream(FirmwareStatusNotification.FirmwareStatus.values()).map(Enum::name)
                .collect(Collectors.toSet());
        for (FirmwareStatus status : FirmwareStatus.values()) {
            if (sixteen.contains(status.name()) && status != FirmwareStatus.Idle) {
                assertEquals(status.name(), LegacyFirmwareStatus.entering(status).orElseThrow().name());
            }
        }
    }
}
