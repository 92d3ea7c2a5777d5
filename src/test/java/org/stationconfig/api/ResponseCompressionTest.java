package org.stationconfig.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.micronaut.http.server.netty.DefaultHttpCompressionStrategy;
import io.micronaut.http.server.netty.HttpCompressionStrategy;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import jakarta.inject.Inject;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The station's compression decision is Micronaut's, answer for answer, only without a regex per response. */
@MicronautTest(transactional = false)
class ResponseCompressionTest {

    private static final List<String> TYPES = List.of("application/json", "application/json;charset=UTF-8",
            "APPLICATION/JSON", "application/problem+json", "application/merge-patch+json", "application/xml",
            "application/atom+xml", "application/x-yaml", "application/graphql", "application/toml",
            "application/javascript", "text/plain", "text/html; charset=utf-8", "text/event-stream", "TEXT/CSS",
            "application/vnd.api+text", "application/octet-stream", "image/png", "image/svg+xml",
            "application/x-www-form-urlencoded", "multipart/form-data", "application/pdf", "application/gzip", "",
            "not a type", "application/", "/json", ";charset=utf-8", "*/*", "application/*");
    private static final List<Long> LENGTHS = List.of(-1L, 0L, 1L, 1023L, 1024L, 1025L, 200_000L);

    @Inject
    HttpCompressionStrategy inUse;

    @Test
    void theServerDecidesWithTheStationsStrategy() {
        assertInstanceOf(ResponseCompression.class, inUse);
    }

    @Test
    void decidesAsMicronautForEveryTypeAndLengthAtTheDefaultThreshold() throws Exception {
        NettyHttpServerConfiguration defaults = new NettyHttpServerConfiguration();
        assertSameDecisions(defaults.getCompressionThreshold(), defaults.getCompressionLevel(),
                defaults.getMaxZstdEncodeSize());
    }

    @Test
    void decidesAsMicronautWithAnotherThresholdOrCompressionOff() throws Exception {
        assertSameDecisions(0, 9, 1024);
        assertSameDecisions(5000, 1, 1024);
        assertSameDecisions(-1, 6, 1024);
    }

    private static void assertSameDecisions(int threshold, int level, int maxZstd) throws Exception {
        HttpCompressionStrategy micronauts = micronauts(threshold, level, maxZstd);
        ResponseCompression stations = new ResponseCompression(threshold, level, maxZstd);
        assertEquals(micronauts.isEnabled(), stations.isEnabled());
        assertEquals(micronauts.getCompressionLevel(), stations.getCompressionLevel());
        assertEquals(micronauts.getMaxZstdEncodeSize(), stations.getMaxZstdEncodeSize());
        List<String> differences = new ArrayList<>();
        for (int round = 0; round < 2; round++) { // the second round answers from what the first remembered
            for (String type : TYPES) {
                for (long length : LENGTHS) {
                    HttpResponse response = response(type, length);
                    if (micronauts.shouldCompress(response) != stations.shouldCompress(response)) {
                        differences.add(type + " / " + length);
                    }
                }
            }
            HttpResponse untyped = response(null, 5000);
            if (micronauts.shouldCompress(untyped) != stations.shouldCompress(untyped)) {
                differences.add("no Content-Type");
            }
        }
        assertEquals(List.of(), differences);
    }

    private static HttpResponse response(String contentType, long length) {
        HttpResponse response = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
        if (contentType != null) {
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
        }
        if (length >= 0) {
            response.headers().set(HttpHeaderNames.CONTENT_LENGTH, length);
        }
        return response;
    }

    private static HttpCompressionStrategy micronauts(int threshold, int level, int maxZstd) throws Exception {
        // Micronaut's own strategy, which the station's replaces in the context; its constructor is package-private
        Constructor<DefaultHttpCompressionStrategy> constructor =
                DefaultHttpCompressionStrategy.class.getDeclaredConstructor(int.class, int.class, int.class);
        constructor.setAccessible(true);
        return constructor.newInstance(threshold, level, maxZstd);
    }
}
