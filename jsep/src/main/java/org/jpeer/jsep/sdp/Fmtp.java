package org.jpeer.jsep.sdp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code a=fmtp:PT PARAMETERS} (RFC 8866 §6.15). The parameters are kept exactly as written;
 * {@link #parameterMap()} reads the usual {@code key=value;key=value} form.
 *
 * <pre>{@code
 * Fmtp f = Fmtp.parse("102 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42001f");
 * f.parameter("packetization-mode");   // Optional[1]
 * }</pre>
 */
public record Fmtp(int payloadType, String parameters) implements SdpAttribute {
    public static final String NAME = "fmtp";

    public Fmtp {
        SdpGrammar.check(payloadType >= 0 && payloadType <= 127, "payload type " + payloadType + " is not in 0..127");
        SdpGrammar.text(parameters, "fmtp parameters");
        SdpGrammar.check(!parameters.isEmpty(), "fmtp needs parameters");
    }

    /** Builds {@code key=value;key=value} from a map, in its iteration order. */
    public static Fmtp of(int payloadType, Map<String, String> parameters) {
        StringBuilder b = new StringBuilder();
        parameters.forEach((k, v) -> {
            if (b.length() > 0) {
                b.append(';');
            }
            b.append(k);
            if (!v.isEmpty()) {
                b.append('=').append(v);
            }
        });
        return new Fmtp(payloadType, b.toString());
    }

    /** Parses the attribute value (the text after the colon); throws {@link IllegalArgumentException} naming the rule. */
    public static Fmtp parse(String value) {
        String[] f = SdpGrammar.head(value, NAME);
        SdpGrammar.check(f[1] != null, "fmtp needs parameters after the payload type");
        return new Fmtp(SdpGrammar.payloadType(f[0]), f[1]);
    }

    /**
     * The parameters as an ordered map. Keys and values are trimmed (some stacks write
     * {@code "a=1; b=2"}); a part without {@code =}, such as RED's {@code 111/111} or
     * telephone-event's {@code 0-16}, maps to the empty string. Later duplicates win.
     */
    public Map<String, String> parameterMap() {
        return parseParameters(parameters, ';');
    }

    public Optional<String> parameter(String key) {
        return Optional.ofNullable(parameterMap().get(key));
    }

    static Map<String, String> parseParameters(String text, char separator) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : text.split(String.valueOf(separator), -1)) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            if (eq < 0) {
                out.put(p, "");
            } else {
                out.put(p.substring(0, eq).strip(), p.substring(eq + 1).strip());
            }
        }
        return Collections.unmodifiableMap(out);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sdpValue() {
        return payloadType + " " + parameters;
    }
}
