package org.stationconfig.ocpp.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutboxConfigurationTest {

    @Test
    void theCapIsTenThousandUnlessConfigured() {
        try (ApplicationContext context = ApplicationContext.builder().environments("test").build()) {
            context.start();
            OutboxConfiguration configuration = context.getBean(OutboxConfiguration.class);
            assertEquals(10_000, configuration.maxMessages());
            assertEquals(1_000, configuration.thinningBatch());
        }
        try (ApplicationContext context = ApplicationContext.run(Map.of("station.outbox.max-messages", 500), "test")) {
            assertEquals(500, context.getBean(OutboxConfiguration.class).maxMessages());
            assertEquals(50, context.getBean(OutboxConfiguration.class).thinningBatch());
        }
    }
}
