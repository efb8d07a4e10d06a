package org.jpeer.signaling.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one JSON mapper of this module and its error wording. */
public final class Json {
    /** Strict: a duplicate key or text after the object is an error, not silently the last value. */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final int SHOWN_CHARS = 60;

    private Json() {
    }

    /**
     * Parses text that must hold exactly one JSON object.
     *
     * @throws IllegalArgumentException {@code not JSON: <reason> at line L column C} or
     *     {@code expected a JSON object, got <kind>}
     */
    public static ObjectNode parseObject(String text) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + " column " + at.getColumnNr();
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage() + where, e);
        }
        if (node == null || node.isMissingNode()) {
            throw new IllegalArgumentException("not JSON: empty text");
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object, got " + node.getNodeType().name().toLowerCase());
        }
        return (ObjectNode) node;
    }

    /** The string field {@code name}, or an exception naming the message type and the field. */
    public static String requiredString(JsonNode object, String context, String name) {
        JsonNode value = object.get(name);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(context + ": " + (value == null ? "missing" : "non-string")
                    + " field '" + name + "'");
        }
        return value.asText();
    }

    /** Text cut to a length that fits in an error message. */
    public static String shorten(String text) {
        return text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "...";
    }
}
