package org.jpeer.jsep.negotiation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code key=value;key=value} format of {@code a=fmtp} parameters (RFC 8866 §6.15), kept in
 * order so that what an offerer wrote comes back unchanged in the answer.
 *
 * <p>A parameter without {@code =} (RED's {@code 111/111}) is kept as a key with an empty value.
 * Keys are compared as written; media types define them in lower case.
 *
 * <pre>{@code
 * Map<String, String> p = FmtpParameters.parse("minptime=10;useinbandfec=1");
 * FmtpParameters.format(p);   // "minptime=10;useinbandfec=1"
 * }</pre>
 */
public final class FmtpParameters {

    private FmtpParameters() {
    }

    /** The parameters in order; an unmodifiable map. */
    public static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : text.split(";")) {
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

    /** The text after the payload type in {@code a=fmtp:<pt> <text>}. */
    public static String format(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> e.getValue().isEmpty() ? e.getKey() : e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    /** An unmodifiable copy that keeps the order of {@code parameters}. */
    static Map<String, String> copyOf(Map<String, String> parameters) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
