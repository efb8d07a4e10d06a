package org.jpeer.signaling.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jpeer.signaling.IceServer;
import org.jpeer.signaling.SessionHandler;

/**
 * What a {@code SignalingServer.Builder} collected; immutable.
 *
 * @param maxBodyBytes largest request body and largest room message
 * @param bearerToken the token WHIP/WHEP requests must carry, or null for none
 * @param iceServers servers announced in {@code Link} headers
 * @param answerTimeout how long a handler may take to answer
 * @param sdpEndpoints WHIP/WHEP endpoints by path
 * @param echoEndpoints webrtc-echoes {@code /offer} endpoints by path
 * @param roomsPath the WebSocket rooms path, or null
 * @param statics fixed resources by path
 */
public record ServerConfig(
        int maxBodyBytes,
        String bearerToken,
        List<IceServer> iceServers,
        Duration answerTimeout,
        Map<String, SessionHandler> sdpEndpoints,
        Map<String, SessionHandler> echoEndpoints,
        String roomsPath,
        Map<String, StaticResource> statics) {

    public ServerConfig {
        iceServers = List.copyOf(iceServers);
        sdpEndpoints = Map.copyOf(sdpEndpoints);
        echoEndpoints = Map.copyOf(echoEndpoints);
        statics = Map.copyOf(statics);
    }

    /** A resource served as is to {@code GET} and {@code HEAD}. */
    public record StaticResource(String contentType, byte[] body) {
    }
}
