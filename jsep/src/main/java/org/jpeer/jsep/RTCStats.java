package org.jpeer.jsep;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One stats object of a {@link RTCStatsReport}, with the W3C type name (e.g. {@code inbound-rtp})
 * and the standard field names (e.g. {@code packetsReceived}, {@code framesDecoded}).
 *
 * <pre>{@code
 * long packets = stats.getLong("packetsReceived");
 * }</pre>
 */
public record RTCStats(String id, String type, double timestamp, Map<String, Object> fields) {

    public RTCStats {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public Object get(String field) {
        return fields.get(field);
    }

    /** A numeric field, or 0 when absent. */
    public long getLong(String field) {
        Object v = fields.get(field);
        return v instanceof Number n ? n.longValue() : 0;
    }

    public String getString(String field) {
        Object v = fields.get(field);
        return v == null ? null : v.toString();
    }

    /** The object as a page's {@code Object.fromEntries(await pc.getStats())} holds it. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("type", type);
        m.put("timestamp", timestamp);
        m.putAll(fields);
        return m;
    }
}
