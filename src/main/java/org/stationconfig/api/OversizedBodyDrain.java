package org.stationconfig.api;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import jakarta.inject.Singleton;

/**
 * Keeps a keep-alive connection usable after a body over {@code micronaut.server.max-request-size} was refused with
 * 413 (RELIABILITY.md, finding 3). Micronaut 4.10 refuses such a body on its {@code Content-Length} but then stops
 * reading the connection (micronaut-core#13243, fixed upstream only in 5.x), so the next request on it is never
 * answered. This handler sits right after the HTTP codec and changes no message: while such a body is arriving it
 * keeps asking the connection for more, so Micronaut's own handler for a refused body gets all of it and drops it,
 * and the next request is read (the 413 is still Micronaut's, through the same error handling as before). A body that
 * goes on past {@link #DRAIN_FACTOR} times the limit is not drained for ever: the connection is closed.
 */
@Singleton
public class OversizedBodyDrain implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    static final int DRAIN_FACTOR = 16;

    private final long limit;

    public OversizedBodyDrain(HttpServerConfiguration configuration) {
        this.limit = configuration.getMaxRequestSize();
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new PerChannel(null, limit));
        return event.getBean();
    }

    private record PerChannel(Channel channel, long limit) implements NettyServerCustomizer {

        @Override
        public NettyServerCustomizer specializeForChannel(Channel forChannel, ChannelRole role) {
            return role == ChannelRole.CONNECTION || role == ChannelRole.REQUEST_STREAM
                    ? new PerChannel(forChannel, limit) : this;
        }

        @Override
        public void onStreamPipelineBuilt() {
            if (channel == null) {
                return;
            }
            ChannelPipeline pipeline = channel.pipeline();
            if (pipeline.get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null
                    && pipeline.get(Drain.NAME) == null) {
                pipeline.addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, Drain.NAME, new Drain(limit));
            }
        }
    }

    /** One per connection: HTTP/1.1 sends one body at a time. */
    static final class Drain extends ChannelInboundHandlerAdapter {

        static final String NAME = "station-oversized-body-drain";

        private final long limit;
        private boolean draining;
        private long drained;

        Drain(long limit) {
            this.limit = limit;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (draining && msg instanceof HttpContent content) {
                drained += content.content().readableBytes();
                if (msg instanceof LastHttpContent) {
                    draining = false;
                } else if (drained > limit * DRAIN_FACTOR) {
                    content.release();
                    ctx.close();
                    return;
                }
            } else if (msg instanceof HttpRequest request && !(msg instanceof HttpContent) && isOversized(request)) {
                draining = true;
                drained = 0;
            }
            ctx.fireChannelRead(msg);
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            ctx.fireChannelReadComplete();
            if (draining && !ctx.channel().config().isAutoRead()) {
                ctx.read(); // Micronaut asks for no more of a body it refused; its dropping handler needs the rest
            }
        }

        /** Refused by Micronaut on its head alone: a declared length over the limit, sent without waiting for 100. */
        private boolean isOversized(HttpRequest request) {
            String length = request.headers().get(HttpHeaderNames.CONTENT_LENGTH);
            if (length == null || request.headers().contains(HttpHeaderNames.EXPECT)
                    || request.headers().contains(HttpHeaderNames.TRANSFER_ENCODING)) {
                return false;
            }
            try {
                return Long.parseLong(length.trim()) > limit;
            } catch (NumberFormatException e) {
                return false; // the codec refuses it
            }
        }
    }
}
