package org.jpeer.jsep.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code t=START STOP} (RFC 8866 §5.9) with the {@code r=} repeat lines that follow it, kept as written.
 * WebRTC always writes {@code t=0 0}.
 *
 * <pre>{@code
 * Timing.UNBOUNDED.sdpValue();   // "0 0"
 * }</pre>
 */
public record Timing(long start, long stop, List<String> repeats) {
    public static final Timing UNBOUNDED = new Timing(0, 0, List.of());

    public Timing {
        SdpGrammar.check(start >= 0 && stop >= 0, "t= times must not be negative");
        repeats = SdpGrammar.nonNullList(repeats, "r= lines");
        repeats.forEach(r -> SdpGrammar.text(r, "r="));
    }

    /** Parses the value after {@code t=}; throws {@link IllegalArgumentException} naming the rule. */
    public static Timing parse(String value) {
        List<String> f = SdpGrammar.fields(value, 2, 2, "t=");
        return new Timing(SdpGrammar.number(f.get(0), "start time", 0, Long.MAX_VALUE),
                SdpGrammar.number(f.get(1), "stop time", 0, Long.MAX_VALUE), List.of());
    }

    Timing withRepeat(String repeat) {
        List<String> r = new ArrayList<>(repeats);
        r.add(repeat);
        return new Timing(start, stop, r);
    }

    public String sdpValue() {
        return start + " " + stop;
    }
}
