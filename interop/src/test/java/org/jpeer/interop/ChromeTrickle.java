package org.jpeer.interop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jpeer.jsep.RTCIceCandidate;
import org.jpeer.jsep.RTCPeerConnection;

/**
 * Trickle ICE between a JPeer connection and a page peer ({@code web/peer.js}): descriptions go
 * without candidates ({@code offerNow}/{@code answerNow}) and the candidates follow, each way, as
 * they are gathered. WebDriver takes one caller at a time, so JPeer's candidates are queued from
 * its thread and handed to the page by the test's thread in {@link #exchangeCandidates}.
 *
 * <pre>{@code
 * ChromeTrickle trickle = ChromeTrickle.between(chromium, "page", pc);
 * String offer = trickle.offerNow();
 * ...
 * trickle.exchangeCandidates(page, Duration.ofSeconds(10));
 * }</pre>
 */
final class ChromeTrickle {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Chromium chromium;
    private final String name;
    private final RTCPeerConnection pc;
    private final BlockingQueue<RTCIceCandidate> fromJPeer = new LinkedBlockingQueue<>();

    private ChromeTrickle(Chromium chromium, String name, RTCPeerConnection pc) {
        this.chromium = chromium;
        this.name = name;
        this.pc = pc;
        pc.onIceCandidate(fromJPeer::add);
    }

    /** Takes over {@code pc}'s {@code onicecandidate}; the page peer {@code name} must exist. */
    static ChromeTrickle between(Chromium chromium, String name, RTCPeerConnection pc) {
        return new ChromeTrickle(chromium, name, pc);
    }

    /** Makes the next page peer called {@code name} receive-only (recvonly audio and video transceivers). */
    static void prepareReceiveOnly(Chromium chromium, String name) {
        call(chromium, "prepareReceiveOnly", name);
    }

    /** The page's offer, as soon as it is set: without candidates. */
    String offerNow() {
        return call(chromium, "offerNow", name).asText();
    }

    /** The page's answer to {@code offer}, as soon as it is set: without candidates. */
    String answerNow(String offer) {
        return call(chromium, "answerNow", name, offer).asText();
    }

    /**
     * Hands each side's candidates to the other until both signalled the end of candidates.
     *
     * @return how many candidates went each way: {page to JPeer, JPeer to page}
     */
    int[] exchangeCandidates(ChromePeer page, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean pageDone = false;
        boolean jpeerDone = false;
        int[] counts = new int[2];
        while (!(pageDone && jpeerDone)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("candidates still trickling after " + timeout.toMillis() + " ms (page done "
                        + pageDone + ", JPeer done " + jpeerDone + ")");
            }
            for (RTCIceCandidate c : takePageCandidates()) {
                pageDone |= c.isEndOfCandidates();
                counts[0] += c.isEndOfCandidates() ? 0 : 1;
                pc.addIceCandidate(c).join();
            }
            RTCIceCandidate c = fromJPeer.poll(20, TimeUnit.MILLISECONDS);
            while (c != null) {
                jpeerDone |= c.isEndOfCandidates();
                if (!c.isEndOfCandidates()) {
                    counts[1]++;
                    page.addIceCandidate(c.candidate(), c.sdpMid(), c.sdpMLineIndex());
                }
                c = fromJPeer.poll();
            }
        }
        return counts;
    }

    private List<RTCIceCandidate> takePageCandidates() {
        List<RTCIceCandidate> out = new ArrayList<>();
        for (JsonNode c : call(chromium, "takeCandidates", name)) {
            out.add(c.isNull() ? RTCIceCandidate.endOfCandidates("0", 0)
                    : new RTCIceCandidate(c.get("candidate").asText(), c.get("sdpMid").asText(),
                            c.get("sdpMLineIndex").asInt(), c.path("usernameFragment").asText(null)));
        }
        return out;
    }

    /** {@code jpeer.call(fn, [name, ...args])} in the page, as {@link ChromePeer} calls it. */
    private static JsonNode call(Chromium chromium, String function, Object... args) {
        Object result = chromium.executeAsync("const done = arguments[arguments.length - 1];"
                + "jpeer.call(arguments[0], Array.prototype.slice.call(arguments, 1, -1)).then(done);",
                prepend(function, args));
        try {
            JsonNode reply = JSON.readTree((String) result);
            if (reply.has("error")) {
                throw new IllegalStateException("peer.js " + function + " failed: " + reply.get("error").asText());
            }
            return reply.get("value");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("peer.js " + function + " returned no JSON: " + result, e);
        }
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
