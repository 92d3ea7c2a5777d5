package org.stationconfig.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.netty.DefaultHttpCompressionStrategy;
import io.micronaut.http.server.netty.HttpCompressionStrategy;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Micronaut's decision whether to compress a response (same threshold, level and text-based types as
 * {@link DefaultHttpCompressionStrategy}), with the answer per Content-Type remembered: Micronaut parses the type and
 * runs regular expressions on it for every response, 3 % of the CPU of {@code GET /api/v1/settings} (issue 12).
 */
@Singleton
@Replaces(DefaultHttpCompressionStrategy.class)
public class ResponseCompression implements HttpCompressionStrategy {

    /** The station answers with a handful of types; a type beyond these is decided afresh each time, not stored. */
    private static final int REMEMBERED_TYPES = 32;

    private final int threshold;
    private final int level;
    private final int maxZstdEncodeSize;
    private final Map<String, Boolean> textBased = new ConcurrentHashMap<>();

    public ResponseCompression(NettyHttpServerConfiguration configuration) {
        this(configuration.getCompressionThreshold(), configuration.getCompressionLevel(),
                configuration.getMaxZstdEncodeSize());
    }

    ResponseCompression(int threshold, int level, int maxZstdEncodeSize) {
        this.threshold = threshold;
        this.level = level;
        this.maxZstdEncodeSize = maxZstdEncodeSize;
    }

    @Override
    public boolean isEnabled() {
        return threshold >= 0; // a negative threshold turns compression off, as in Micronaut
    }

    @Override
    public boolean shouldCompress(HttpResponse response) {
        if (!isEnabled()) {
            return false;
        }
        String contentType = response.headers().get(HttpHeaderNames.CONTENT_TYPE);
        if (contentType == null) {
            return false;
        }
        long length = HttpUtil.getContentLength(response, -1);
        return (length == -1 || length >= threshold) && isTextBased(contentType);
    }

    private boolean isTextBased(String contentType) {
        Boolean known = textBased.get(contentType);
        if (known != null) {
            return known;
        }
        boolean text = MediaType.isTextBased(contentType);
        if (textBased.size() < REMEMBERED_TYPES) {
            textBased.put(contentType, text);
        }
        return text;
    }

    @Override
    public int getCompressionLevel() {
        return level;
    }

    @Override
    public int getMaxZstdEncodeSize() {
        return maxZstdEncodeSize;
    }
}
