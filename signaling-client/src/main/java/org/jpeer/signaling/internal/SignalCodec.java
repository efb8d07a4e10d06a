package org.jpeer.signaling.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jpeer.signaling.SignalMessage;

/** JSON encoding and decoding of {@link SignalMessage}; the room server uses it to validate known types. */
public final class SignalCodec {
    private SignalCodec() {
    }

    /** Encodes in the browser's field order, leaving out null {@code sdpMid}/{@code sdpMLineIndex}. */
    public static String encode(SignalMessage message) {
        ObjectNode node = Json.MAPPER.createObjectNode().put("type", message.type());
        if (message instanceof SignalMessage.Offer offer) {
            node.put("sdp", offer.sdp());
        } else if (message instanceof SignalMessage.Answer answer) {
            node.put("sdp", answer.sdp());
        } else if (message instanceof SignalMessage.Candidate candidate) {
            node.put("candidate", candidate.candidate());
            if (candidate.sdpMid() != null) {
                node.put("sdpMid", candidate.sdpMid());
            }
            if (candidate.sdpMLineIndex() != null) {
                node.put("sdpMLineIndex", candidate.sdpMLineIndex());
            }
        } else if (message instanceof SignalMessage.ErrorMessage error) {
            node.put("message", error.message());
        }
        return node.toString();
    }

    /**
     * Decodes a parsed object; fields other than the type's own (e.g. {@code usernameFragment}) are ignored.
     *
     * @throws IllegalArgumentException for no string {@code type}, an unknown type, or a bad field
     */
    public static SignalMessage decode(ObjectNode node) {
        String type = type(node);
        return switch (type) {
            case "offer" -> new SignalMessage.Offer(Json.requiredString(node, type, "sdp"));
            case "answer" -> new SignalMessage.Answer(Json.requiredString(node, type, "sdp"));
            case "candidate" -> new SignalMessage.Candidate(
                    Json.requiredString(node, type, "candidate"), optionalMid(node), optionalIndex(node));
            case "bye" -> new SignalMessage.Bye();
            case "error" -> new SignalMessage.ErrorMessage(Json.requiredString(node, type, "message"));
            default -> throw new IllegalArgumentException("unknown type '" + Json.shorten(type) + "'");
        };
    }

    /**
     * Checks an object the room server is about to relay: it needs a string {@code type}; known types
     * must have their shape; unknown types pass, so pages can add their own messages.
     */
    public static void validateForRelay(ObjectNode node) {
        if (isKnown(type(node))) {
            decode(node);
        }
    }

    private static boolean isKnown(String type) {
        return switch (type) {
            case "offer", "answer", "candidate", "bye", "error" -> true;
            default -> false;
        };
    }

    private static String type(ObjectNode node) {
        JsonNode type = node.get("type");
        if (type == null || !type.isTextual()) {
            throw new IllegalArgumentException((type == null ? "missing" : "non-string") + " field 'type'");
        }
        return type.asText();
    }

    private static String optionalMid(ObjectNode node) {
        JsonNode mid = node.get("sdpMid");
        if (mid == null || mid.isNull()) {
            return null;
        }
        if (!mid.isTextual()) {
            throw new IllegalArgumentException("candidate: 'sdpMid' must be a string or null");
        }
        return mid.asText();
    }

    private static Integer optionalIndex(ObjectNode node) {
        JsonNode index = node.get("sdpMLineIndex");
        if (index == null || index.isNull()) {
            return null;
        }
        if (!index.isInt() || index.asInt() < 0) {
            throw new IllegalArgumentException("candidate: 'sdpMLineIndex' must be a non-negative integer or null");
        }
        return index.asInt();
    }
}
