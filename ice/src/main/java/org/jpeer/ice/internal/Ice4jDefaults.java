package org.jpeer.ice.internal;

import java.util.Map;

import com.typesafe.config.ConfigFactory;
import org.jitsi.config.JitsiConfig;

/**
 * ice4j's process-wide configuration as JPeer needs it, applied once before the first
 * {@code org.ice4j.ice.Agent} exists.
 *
 * <p>ice4j reads its settings through jitsi-metaconfig from Typesafe config, which sees system
 * properties by their full path. The settings that protect the network are forced; the tuning ones
 * are defaults an application may override with its own system properties.
 */
public final class Ice4jDefaults {
    /**
     * Forced: without these ice4j probes the AWS metadata address 169.254.169.254 when the first
     * Agent is created, and may open sockets on every interface.
     */
    static final Map<String, String> FORCED = Map.of(
            "ice4j.harvest.mapping.aws.enabled", "false",
            "ice4j.harvest.mapping.aws.force", "false",
            "org.ice4j.ice.harvest.DISABLE_AWS_HARVESTER", "true",
            // Host candidates come from our own harvester bound to the allowed addresses only;
            // ice4j's would enumerate every interface (and never loopback).
            "ice4j.harvest.udp.use-dynamic-ports", "false",
            "ice4j.harvest.use-link-local-addresses", "false",
            // We read datagrams ourselves; ice4j's merging socket would start a competing reader.
            "ice4j.use-component-socket", "false");

    /** Defaults: RFC 7675 pacing (checks every ~2 s so loss shows within 5 s), short termination. */
    static final Map<String, String> DEFAULTS = Map.of(
            "ice4j.consent-freshness.interval", "2 seconds",
            "ice4j.consent-freshness.original-wait-interval", "500 milliseconds",
            "ice4j.consent-freshness.max-wait-interval", "500 milliseconds",
            "ice4j.consent-freshness.max-retransmissions", "60",
            "ice4j.ice.termination-delay", "1 second",
            "ice4j.software", "");

    private static volatile boolean applied;

    private Ice4jDefaults() {
    }

    /** Idempotent; cheap after the first call. */
    public static void apply() {
        if (!applied) {
            applyOnce();
        }
    }

    private static synchronized void applyOnce() {
        if (applied) {
            return;
        }
        RedactingJulBridge.attach();
        FORCED.forEach(System::setProperty);
        DEFAULTS.forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
        });
        // Another jitsi library in the same JVM may have loaded the config already: reload it so the
        // properties above are what ice4j sees.
        ConfigFactory.invalidateCaches();
        JitsiConfig.Companion.reloadNewConfig();
        applied = true;
    }
}
