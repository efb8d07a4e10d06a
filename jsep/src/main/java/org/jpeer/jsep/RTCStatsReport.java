package org.jpeer.jsep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code pc.getStats()} resolves to: stats objects by id.
 *
 * <pre>{@code
 * RTCStatsReport report = pc.getStats().join();
 * report.ofType("inbound-rtp").forEach(s -> log.info("{} frames", s.getLong("framesDecoded")));
 * Files.writeString(path, report.toJson());
 * }</pre>
 */
public final class RTCStatsReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, RTCStats> byId;

    public RTCStatsReport(List<RTCStats> stats) {
        Map<String, RTCStats> m = new LinkedHashMap<>();
        for (RTCStats s : stats) {
            m.put(s.id(), s);
        }
        this.byId = Collections.unmodifiableMap(m);
    }

    public Map<String, RTCStats> asMap() {
        return byId;
    }

    public Optional<RTCStats> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<RTCStats> ofType(String type) {
        return byId.values().stream().filter(s -> s.type().equals(type)).toList();
    }

    /** JSON-ready: id → the stats object's fields, as {@code Object.fromEntries(report)} in a page. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        byId.forEach((id, s) -> m.put(id, s.toMap()));
        return m;
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(toMap());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
