package org.jpeer.jsep.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jpeer.jsep.negotiation.NegotiatedMedia;
import org.jpeer.jsep.negotiation.NegotiatedSession;
import org.jpeer.jsep.negotiation.RtpHeaderExtension;
import org.jpeer.rtp.RtpPacket;

/**
 * Finds the m-section a received RTP packet belongs to in a BUNDLE group, by the rules of
 * RFC 8843 §9.2: the MID header extension first (and the SSRC is then bound to that mid), then
 * an SSRC bound before or signalled in {@code a=ssrc}, then a payload type that only one m-section
 * uses. Pure and single-threaded.
 */
public final class RtpDemuxer {
    /** SSRC bindings kept at most; a flood of random SSRCs cannot grow the table without bound. */
    static final int MAX_SSRC_BINDINGS = 1024;

    private final Map<Long, String> midBySsrc = new HashMap<>();
    private final Map<Integer, String> midByPayloadType = new HashMap<>();
    private final Set<String> receivingMids = new HashSet<>();
    private int midExtensionId = -1;

    /** Rebuilds the tables from a new negotiation; SSRCs learned from MID extensions are kept. */
    public void configure(NegotiatedSession session) {
        receivingMids.clear();
        midByPayloadType.clear();
        midExtensionId = -1;
        Set<Integer> ambiguous = new HashSet<>();
        for (NegotiatedMedia m : session.media()) {
            if (!m.direction().receives()) {
                continue;
            }
            receivingMids.add(m.mid());
            Integer id = m.headerExtensionIds().get(RtpHeaderExtension.MID);
            if (id != null) {
                midExtensionId = id;
            }
            m.remoteSsrcs().forEach(ssrc -> midBySsrc.put(ssrc, m.mid()));
            m.remoteRtxSsrcs().values().forEach(ssrc -> midBySsrc.put(ssrc, m.mid()));
            for (int pt : m.receiveCodecs().keySet()) {
                if (midByPayloadType.putIfAbsent(pt, m.mid()) != null) {
                    ambiguous.add(pt);
                }
            }
        }
        ambiguous.forEach(midByPayloadType::remove);
        midBySsrc.values().removeIf(mid -> !receivingMids.contains(mid));
    }

    /** The mid the packet is for, or empty when no rule places it (the caller drops and counts it). */
    public Optional<String> route(RtpPacket packet) {
        if (midExtensionId > 0) {
            Optional<byte[]> mid = packet.extensions().get(midExtensionId);
            if (mid.isPresent()) {
                String value = new String(mid.get(), StandardCharsets.US_ASCII);
                if (receivingMids.contains(value)) {
                    bind(packet.ssrc(), value);
                    return Optional.of(value);
                }
            }
        }
        String bound = midBySsrc.get(packet.ssrc());
        if (bound != null) {
            return Optional.of(bound);
        }
        String byType = midByPayloadType.get(packet.payloadType());
        if (byType != null) {
            bind(packet.ssrc(), byType);
        }
        return Optional.ofNullable(byType);
    }

    private void bind(long ssrc, String mid) {
        if (midBySsrc.size() < MAX_SSRC_BINDINGS || midBySsrc.containsKey(ssrc)) {
            midBySsrc.put(ssrc, mid);
        }
    }
}
