package org.jpeer.signaling;

import java.util.Objects;
import org.jpeer.signaling.internal.Json;
import org.jpeer.signaling.internal.SignalCodec;

/**
 * One message of a WebSocket room, in the JSON shapes a browser's {@code toJSON()} produces
 * (DESIGN.md "WebSocket rooms"): {@code {"type":"offer","sdp":"..."}},
 * {@code {"type":"candidate","candidate":"candidate:...","sdpMid":"0","sdpMLineIndex":0}},
 * {@code {"type":"bye"}}; the server sends {@code {"type":"error","message":"..."}}.
 *
 * <pre>{@code
 * String json = new SignalMessage.Offer(sdp).toJson();
 * switch (SignalMessage.fromJson(json)) { ... }   // or: if (m instanceof SignalMessage.Answer a) ...
 * }</pre>
 */
public sealed interface SignalMessage
        permits SignalMessage.Offer, SignalMessage.Answer, SignalMessage.Candidate, SignalMessage.Bye,
        SignalMessage.ErrorMessage {

    /** The JSON {@code type} field: {@code offer}, {@code answer}, {@code candidate}, {@code bye} or {@code error}. */
    String type();

    /** This message as one JSON object. */
    default String toJson() {
        return SignalCodec.encode(this);
    }

    /**
     * Decodes one JSON object.
     *
     * @throws IllegalArgumentException naming what is wrong: not JSON (with line and column), not an
     *     object, no string {@code type}, an unknown type, or a missing or mistyped field
     */
    static SignalMessage fromJson(String json) {
        return SignalCodec.decode(Json.parseObject(json));
    }

    /** An SDP offer. */
    record Offer(String sdp) implements SignalMessage {
        public Offer {
            Objects.requireNonNull(sdp, "sdp");
        }

        @Override
        public String type() {
            return "offer";
        }
    }

    /** An SDP answer. */
    record Answer(String sdp) implements SignalMessage {
        public Answer {
            Objects.requireNonNull(sdp, "sdp");
        }

        @Override
        public String type() {
            return "answer";
        }
    }

    /**
     * A trickled ICE candidate as {@code RTCIceCandidate.toJSON()} gives it. {@code candidate} is the
     * RFC 8839 attribute ({@code candidate:1 1 udp ...}), or empty for end of candidates; {@code sdpMid}
     * and {@code sdpMLineIndex} may each be null, but not both for a real candidate.
     */
    record Candidate(String candidate, String sdpMid, Integer sdpMLineIndex) implements SignalMessage {
        public Candidate {
            Objects.requireNonNull(candidate, "candidate");
            if (!candidate.isEmpty() && !candidate.startsWith("candidate:")) {
                throw new IllegalArgumentException("candidate: must start with 'candidate:' or be empty, got '"
                        + Json.shorten(candidate) + "'");
            }
            if (!candidate.isEmpty() && sdpMid == null && sdpMLineIndex == null) {
                throw new IllegalArgumentException("candidate: needs sdpMid or sdpMLineIndex");
            }
            if (sdpMLineIndex != null && sdpMLineIndex < 0) {
                throw new IllegalArgumentException("candidate: sdpMLineIndex must be >= 0, got " + sdpMLineIndex);
            }
        }

        /** The end-of-candidates marker for one media section. */
        public static Candidate endOfCandidates(String sdpMid, Integer sdpMLineIndex) {
            return new Candidate("", sdpMid, sdpMLineIndex);
        }

        /** Whether this marks the end of candidates rather than carrying one. */
        public boolean isEndOfCandidates() {
            return candidate.isEmpty();
        }

        @Override
        public String type() {
            return "candidate";
        }
    }

    /** The sender leaves; the server also sends it to the remaining member when the other disconnects. */
    record Bye() implements SignalMessage {
        @Override
        public String type() {
            return "bye";
        }
    }

    /** An error reported by the server, e.g. {@code room NAME is full}. */
    record ErrorMessage(String message) implements SignalMessage {
        public ErrorMessage {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String type() {
            return "error";
        }
    }
}
