package org.stationconfig.ocpp.transport;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.client.netty.NettyClientCustomizer;
import io.micronaut.http.netty.channel.EventLoopGroupRegistry;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketClientExtensionHandler;
import io.netty.handler.codec.http.websocketx.extensions.compression.PerMessageDeflateClientExtensionHandshaker;
import io.netty.handler.codec.http.websocketx.extensions.compression.WebSocketClientCompressionHandler;
import jakarta.inject.Singleton;

/**
 * On the OCPP WebSocket, compression is RFC 7692 permessage-deflate and nothing else, the only compression OCPP-J 1.6
 * allows: Micronaut's client, when its compression is on (the dialer's {@code station.ocpp.compression}), offers
 * Netty's pre-standard {@code deflate-frame} and {@code x-webkit-deflate-frame} as well, which a central system
 * could pick. Its handler is replaced, on channels of the OCPP thread only, by one that offers permessage-deflate
 * alone and inflates a message to at most 1 MiB (a small frame must not inflate to gigabytes). Between the 64 KiB a
 * frame may carry and that bound, the message reaches the frame decoder, which refuses what is too long with a
 * CALLERROR carrying the CALL's id, as the station answers every oversized payload it can (FrameCodec).
 */
@Singleton
class PermessageDeflateOnly implements BeanCreatedEventListener<NettyClientCustomizer.Registry> {

    /** 16 × Micronaut's frame limit (65,536 bytes): past it the link closes, as the local API does past 16 × its own. */
    static final int MAX_INFLATED = 16 * 65_536;
    private static final int LEVEL = 6;
    private static final int WINDOW_BITS = 15;

    private final EventLoopGroupRegistry loops;

    PermessageDeflateOnly(EventLoopGroupRegistry loops) {
        this.loops = loops;
    }

    @Override
    public NettyClientCustomizer.Registry onCreated(BeanCreatedEvent<NettyClientCustomizer.Registry> event) {
        EventLoopGroup ocpp = loops.getEventLoopGroup(WebSocketDialer.OCPP_THREAD).orElse(null);
        event.getBean().register(new NettyClientCustomizer() {
            @Override
            public NettyClientCustomizer specializeForChannel(Channel channel, ChannelRole role) {
                return channel.eventLoop().parent() == ocpp ? new OnChannel(channel) : this;
            }
        });
        return event.getBean();
    }

    private record OnChannel(Channel channel) implements NettyClientCustomizer {
        @Override
        public void onInitialPipelineBuilt() {
            if (channel.pipeline().get(WebSocketClientCompressionHandler.class) != null) {
                channel.pipeline().replace(WebSocketClientCompressionHandler.class, "ocpp-permessage-deflate",
                        new WebSocketClientExtensionHandler(new PerMessageDeflateClientExtensionHandshaker(
                                LEVEL, false, WINDOW_BITS, false, false, MAX_INFLATED)));
            }
        }
    }
}
