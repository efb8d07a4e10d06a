package org.jpeer.interop;

import java.time.Duration;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * One RTCPeerConnection in a Chromium page, with the fake camera and microphone as its tracks:
 * the Java face of {@code web/peer.js}. The page (the test server's {@code /}) must be open.
 *
 * <p>Offers and answers are complete (non-trickle): they carry every gathered candidate. Several
 * peers may share a page; their {@link Marks} then share one clock.
 */
public final class ChromePeer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);

    /**
     * What the peer received, summed over its inbound-rtp streams (W3C stats names), and its marks.
     * {@code frameWidth}/{@code frameHeight} are those of the last decoded frame.
     */
    public record InboundStats(long framesDecoded, int frameWidth, int frameHeight, long totalSamplesReceived,
                               long packetsReceived, long bytesReceived, long framesReceived, long keyFramesDecoded,
                               long pliCount, Marks marks) {}

    /**
     * {@code performance.now()} times in ms, null until reached: {@code start} is createOffer (or
     * setRemoteDescription of an offer when answering), {@code connected} is connectionState
     * 'connected', {@code firstFrame} is the first received video frame presented.
     */
    public record Marks(Double start, Double connected, Double firstFrame) {}

    /** A signaling endpoint's reply to {@link #offerTo}. */
    public record HttpReply(int status, String body) {}

    private final Chromium chromium;
    private final String name;

    private ChromePeer(Chromium chromium, String name) {
        this.chromium = chromium;
        this.name = name;
    }

    /** Creates the peer {@code name} in the open page, its fake audio and video tracks added. */
    public static ChromePeer create(Chromium chromium, String name) {
        ChromePeer peer = new ChromePeer(chromium, name);
        peer.call("createPeer");
        return peer;
    }

    /** createOffer + setLocalDescription, after gathering: the complete offer SDP. */
    public String offer() {
        return call("offer").asText();
    }

    /** setRemoteDescription(offer) + createAnswer + setLocalDescription, after gathering. */
    public String answer(String offer) {
        return call("answer", offer).asText();
    }

    /** setRemoteDescription: an answer after this peer's {@link #offer}, else an offer (trickle-free SDP). */
    public void setRemote(String sdp) {
        call("setRemote", sdp);
    }

    /** A trickled remote candidate ({@code candidate:...} attribute value, without {@code a=}). */
    public void addIceCandidate(String candidate, String sdpMid, int sdpMLineIndex) {
        call("addIceCandidate", candidate, sdpMid, sdpMLineIndex);
    }

    /**
     * Offers to a webrtc-echoes endpoint on the page's server ({@code POST path}, JSON both ways, see
     * {@link TestPageServer#onOffer}); a 2xx answer is applied. Returns the reply either way.
     */
    public HttpReply offerTo(String path) {
        return read(call("offerTo", path), HttpReply.class);
    }

    /** Waits until connectionState is 'connected'; fails on 'failed' or after {@code timeout}. */
    public void awaitConnected(Duration timeout) {
        call("awaitConnected", timeout.toMillis());
    }

    /** A snapshot from getStats. */
    public InboundStats inboundStats() {
        return read(call("stats"), InboundStats.class);
    }

    /** Polls getStats until at least {@code frames} video frames were decoded. */
    public InboundStats awaitFramesDecoded(long frames, Duration timeout) {
        return awaitStats(stats -> stats.framesDecoded() >= frames, frames + " frames decoded", timeout);
    }

    /** Polls getStats until {@code condition} holds; the failure names {@code what} and the last stats. */
    public InboundStats awaitStats(Predicate<InboundStats> condition, String what, Duration timeout) {
        InboundStats[] last = {null};
        try {
            return new FluentWait<>(this)
                    .withTimeout(timeout)
                    .pollingEvery(POLL_INTERVAL)
                    .until(peer -> {
                        last[0] = peer.inboundStats();
                        return condition.test(last[0]) ? last[0] : null;
                    });
        } catch (TimeoutException e) {
            throw new AssertionError("peer '" + name + "': no " + what + " after " + timeout.toMillis()
                    + " ms; last stats " + last[0]);
        }
    }

    /** Runs {@code jpeer.call(fn, [name, ...args])} in the page; returns the value or throws the JS error. */
    private JsonNode call(String function, Object... args) {
        Object[] scriptArgs = new Object[args.length + 2];
        scriptArgs[0] = function;
        scriptArgs[1] = name;
        System.arraycopy(args, 0, scriptArgs, 2, args.length);
        Object result = chromium.executeAsync(
                "const done = arguments[arguments.length - 1];"
                        + "jpeer.call(arguments[0], Array.prototype.slice.call(arguments, 1, -1)).then(done);",
                scriptArgs);
        try {
            JsonNode reply = JSON.readTree((String) result);
            if (reply.has("error")) {
                throw new IllegalStateException("peer.js " + function + "('" + name + "', ...) failed: "
                        + reply.get("error").asText());
            }
            return reply.get("value");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("peer.js " + function + " returned no JSON: " + result, e);
        }
    }

    private static <T> T read(JsonNode value, Class<T> type) {
        try {
            return JSON.treeToValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unexpected " + type.getSimpleName() + " from peer.js: " + value, e);
        }
    }
}
