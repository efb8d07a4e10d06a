package org.jpeer.jsep.sdp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jpeer.ice.IceCandidate;

/**
 * A JSON-ready digest of a description for {@code jpeer sdp check}: nested maps and lists of
 * strings, numbers and booleans, in a stable order, absent values left out. Any JSON library can
 * write it as it is.
 *
 * <pre>{@code
 * Map<String, Object> summary = SdpSummary.of(SdpParser.parse(text));
 * new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(summary);
 * // {"session":{"fingerprints":[...],"setup":"actpass","iceOptions":["trickle"],"bundle":[["0","1"]]},
 * //  "media":[{"mid":"0","kind":"audio","direction":"sendrecv","codecs":[{"payloadType":111,...}], ...}]}
 * }</pre>
 */
public final class SdpSummary {

    private SdpSummary() {
    }

    public static Map<String, Object> of(SessionDescription d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("session", session(d));
        List<Object> media = new ArrayList<>();
        for (int i = 0; i < d.media().size(); i++) {
            media.add(media(d, i));
        }
        out.put("media", Collections.unmodifiableList(media));
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, Object> session(SessionDescription d) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("origin", d.origin().sdpValue());
        transport(s, d);
        s.put("bundle", d.bundleGroups().stream().map(Group::mids).toList());
        d.msidSemantic().ifPresent(m -> s.put("msidSemantic", m.semantic()));
        s.put("extmapAllowMixed", d.isExtmapAllowMixed());
        return Collections.unmodifiableMap(s);
    }

    /** ICE and DTLS attributes, written the same way for the session and each m-section. */
    private static void transport(Map<String, Object> out, AttributeView v) {
        v.iceUfrag().ifPresent(u -> out.put("iceUfrag", u));
        if (!v.iceOptions().isEmpty()) {
            out.put("iceOptions", v.iceOptions());
        }
        if (v.isIceLite()) {
            out.put("iceLite", true);
        }
        if (!v.fingerprints().isEmpty()) {
            out.put("fingerprints", v.fingerprints().stream()
                    .map(f -> ordered("hash", f.hashFunction(), "value", f.value())).toList());
        }
        v.setup().ifPresent(r -> out.put("setup", r.sdpName()));
    }

    private static Map<String, Object> media(SessionDescription d, int index) {
        MediaDescription m = d.media().get(index);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("index", index);
        m.mid().ifPresent(mid -> out.put("mid", mid));
        out.put("kind", m.media());
        out.put("port", m.port());
        out.put("protocol", m.protocol());
        out.put("direction", d.mediaDirection(index).sdpName());
        out.put("rejected", m.isRejected());
        if (m.isBundleOnly()) {
            out.put("bundleOnly", true);
        }
        if (m.isRtp()) {
            out.put("rtcpMux", m.isRtcpMux());
            out.put("codecs", m.codecs().stream().map(SdpSummary::codec).toList());
            out.put("extensions", m.extmaps().stream().map(SdpSummary::extension).toList());
            out.put("ssrcs", ssrcs(m));
            out.put("ssrcGroups", m.ssrcGroups().stream()
                    .map(g -> ordered("semantics", g.semantics(), "ssrcs", g.ssrcs())).toList());
            out.put("msids", m.msids().stream().map(Msid::sdpValue).toList());
            if (!m.rids().isEmpty()) {
                out.put("rids", m.rids().stream().map(r -> ordered("id", r.id(), "direction", r.direction().sdpName(),
                        "restrictions", r.restrictionMap())).toList());
            }
            m.simulcast().ifPresent(s -> out.put("simulcast", ordered("send", s.send(), "recv", s.recv())));
        }
        m.sctpPort().ifPresent(p -> out.put("sctpPort", p));
        m.maxMessageSize().ifPresent(s -> out.put("maxMessageSize", s));
        transport(out, m);
        out.put("candidates", m.candidates().stream().map(SdpSummary::candidate).toList());
        out.put("endOfCandidates", m.isEndOfCandidates());
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, Object> codec(Codec c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("payloadType", c.payloadType());
        out.put("name", c.name());
        out.put("clockRate", c.clockRate());
        out.put("channels", c.channels());
        if (c.fmtp() != null) {
            out.put("fmtp", c.fmtp().parameters());
            out.put("parameters", c.parameters());
        }
        out.put("feedback", c.feedback().stream()
                .map(fb -> fb.subtypeValue().map(st -> fb.type() + " " + st).orElse(fb.type())).toList());
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, Object> extension(Extmap e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", e.id());
        out.put("uri", e.uri());
        e.directionValue().ifPresent(dir -> out.put("direction", dir.sdpName()));
        return Collections.unmodifiableMap(out);
    }

    /** One entry per SSRC with its attributes ({@code cname}, {@code msid}, ...) folded in. */
    private static List<Object> ssrcs(MediaDescription m) {
        Map<Long, Map<String, Object>> bySsrc = new LinkedHashMap<>();
        for (Ssrc s : m.ssrcs()) {
            Map<String, Object> entry = bySsrc.computeIfAbsent(s.ssrc(), id -> {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("ssrc", id);
                return e;
            });
            entry.putIfAbsent(s.attribute(), s.value() == null ? true : s.value());
        }
        return bySsrc.values().stream().map(e -> (Object) Collections.unmodifiableMap(e)).toList();
    }

    private static Map<String, Object> candidate(IceCandidate c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("foundation", c.foundation());
        out.put("component", c.component());
        out.put("transport", c.transport());
        out.put("priority", c.priority());
        out.put("address", c.address());
        out.put("port", c.port());
        out.put("type", c.type().sdpName());
        c.tcpType().ifPresent(t -> out.put("tcpType", t));
        c.relatedAddressValue().ifPresent(a -> out.put("relatedAddress", a));
        if (c.relatedPort() >= 0) {
            out.put("relatedPort", c.relatedPort());
        }
        if (c.isMdns()) {
            out.put("mdns", true);
        }
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(out);
    }
}
