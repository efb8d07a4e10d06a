package org.jpeer.jsep.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code a=simulcast:send 1;2;3 recv 4} (RFC 8853 §5.1). Kept as written in {@link #description()};
 * {@link #send()} and {@link #recv()} give the streams, each a list of alternative rids (a leading
 * {@code ~} marks a paused stream and is kept).
 *
 * <pre>{@code
 * Simulcast s = Simulcast.parse("send h;m;~l");
 * s.send();   // [[h], [m], [~l]]
 * s.recv();   // []
 * }</pre>
 */
public record Simulcast(String description) implements SdpAttribute {
    public static final String NAME = "simulcast";

    public Simulcast {
        List<String> f = SdpGrammar.fields(description, 2, 4, NAME);
        SdpGrammar.check(f.size() == 2 || f.size() == 4, "simulcast: expected 'send|recv list [send|recv list]'");
        RidDirection first = RidDirection.fromSdp(f.get(0));
        streams(f.get(1));
        if (f.size() == 4) {
            SdpGrammar.check(RidDirection.fromSdp(f.get(2)) == first.reverse(), "simulcast: send and recv may each appear once");
            streams(f.get(3));
        }
    }

    /** Builds {@code send a;b;c}, one alternative per stream. */
    public static Simulcast send(List<String> rids) {
        return new Simulcast("send " + String.join(";", rids));
    }

    /** Parses the attribute value (the text after the colon); throws {@link IllegalArgumentException} naming the rule. */
    public static Simulcast parse(String value) {
        return new Simulcast(value);
    }

    public List<List<String>> send() {
        return half(RidDirection.SEND);
    }

    public List<List<String>> recv() {
        return half(RidDirection.RECV);
    }

    private List<List<String>> half(RidDirection direction) {
        String[] f = description.split(" ");
        for (int i = 0; i + 1 < f.length; i += 2) {
            if (f[i].equals(direction.sdpName())) {
                return streams(f[i + 1]);
            }
        }
        return List.of();
    }

    private static List<List<String>> streams(String list) {
        List<List<String>> out = new ArrayList<>();
        for (String stream : list.split(";", -1)) {
            List<String> alternatives = new ArrayList<>();
            for (String alt : stream.split(",", -1)) {
                Rid.checkId(alt.startsWith("~") ? alt.substring(1) : alt);
                alternatives.add(alt);
            }
            out.add(List.copyOf(alternatives));
        }
        return List.copyOf(out);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sdpValue() {
        return description;
    }
}
