package org.jpeer.jsep.negotiation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps one payload type meaning one codec across a BUNDLE group (RFC 8843 §9.1): a new m-section
 * in a renegotiation must not reuse a number the peer already gave another codec.
 */
final class PayloadTypes {

    /** Dynamic payload types (RFC 3551 §3), then the range browsers also use once those run out. */
    private static final int[][] FREE_RANGES = {{96, 127}, {35, 63}};

    private PayloadTypes() {
    }

    /**
     * {@code codecs} with every payload type that {@code inUse} gives to a different codec moved
     * to a free one; rtx {@code apt} and RED references follow the move.
     */
    static List<RtpCodec> avoid(List<RtpCodec> codecs, Map<Integer, RtpCodec> inUse) {
        Set<Integer> taken = new HashSet<>(inUse.keySet());
        codecs.forEach(c -> taken.add(c.payloadType()));
        Map<Integer, Integer> moved = new HashMap<>();
        for (RtpCodec c : codecs) {
            RtpCodec other = inUse.get(c.payloadType());
            if (other != null && !sameFormat(other, c)) {
                moved.put(c.payloadType(), next(taken));
            }
        }
        if (moved.isEmpty()) {
            return codecs;
        }
        List<RtpCodec> out = new ArrayList<>();
        for (RtpCodec c : codecs) {
            RtpCodec r = c.withPayloadType(moved.getOrDefault(c.payloadType(), c.payloadType()));
            if (r.isRtx() && r.apt().isPresent() && moved.containsKey(r.apt().getAsInt())) {
                r = r.with(Map.of("apt", Integer.toString(moved.get(r.apt().getAsInt()))), r.rtcpFeedback());
            } else if (r.isRed()) {
                r = redFollowing(r, moved);
            }
            out.add(r);
        }
        return out;
    }

    private static RtpCodec redFollowing(RtpCodec red, Map<Integer, Integer> moved) {
        List<Integer> carried = CodecNegotiation.redPayloadTypes(red);
        if (carried.isEmpty()) {
            return red;
        }
        List<String> parts = carried.stream().map(pt -> Integer.toString(moved.getOrDefault(pt, pt))).toList();
        return red.with(Map.of(String.join("/", parts), ""), red.rtcpFeedback());
    }

    /** Same codec for demultiplexing purposes; rtx and RED count as the same when they refer to the same numbers. */
    private static boolean sameFormat(RtpCodec a, RtpCodec b) {
        return a.is(b.name()) && a.clockRate() == b.clockRate() && a.fmtp().equals(b.fmtp());
    }

    private static int next(Set<Integer> taken) {
        for (int[] range : FREE_RANGES) {
            for (int pt = range[0]; pt <= range[1]; pt++) {
                if (taken.add(pt)) {
                    return pt;
                }
            }
        }
        throw new IllegalStateException("no free RTP payload type left in the BUNDLE group");
    }
}
