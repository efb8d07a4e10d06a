package org.jpeer.ice.internal;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The ICE credentials (ufrag and password, local and remote) of every live agent in this process,
 * so that log lines coming out of ice4j can be scrubbed of them before they reach SLF4J.
 *
 * <p>ice4j prints its password in {@code Agent.toString()} and its ufrag when it creates an agent;
 * the only place that sees every such line is the JUL bridge, hence this process-wide registry.
 */
public final class Secrets {
    /** Shorter strings are not worth redacting and would mangle ordinary words. */
    private static final int MIN_LENGTH = 4;
    static final String MASK = "[redacted]";

    private static final Set<String> LIVE = ConcurrentHashMap.newKeySet();

    /**
     * Catches credentials printed before they could be registered, such as ice4j's
     * "Created a new Agent, ufrag=..." and the {@code local_ufrag=} log context.
     */
    private static final Pattern LABELLED = Pattern.compile(
            "(?i)(ufrag|pwd|password|credential)([\"']?\\s*[=:]\\s*[\"']?)[^\\s,;\"'\\]}]+");

    private Secrets() {
    }

    public static void register(String secret) {
        if (secret != null && secret.length() >= MIN_LENGTH) {
            LIVE.add(secret);
        }
    }

    public static void forget(String secret) {
        if (secret != null) {
            LIVE.remove(secret);
        }
    }

    /** The text with every registered secret replaced by {@value #MASK}. */
    public static String redact(String text) {
        Objects.requireNonNull(text, "text");
        String result = LABELLED.matcher(text).replaceAll("$1$2" + MASK);
        for (String secret : LIVE) {
            if (result.contains(secret)) {
                result = result.replace(secret, MASK);
            }
        }
        return result;
    }
}
