package org.jpeer.ice.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.jpeer.ice.IceAgent;
import org.jpeer.ice.IceAgentConfig;
import org.jpeer.ice.IceParameters;
import org.jpeer.ice.IceRole;
import org.junit.jupiter.api.Test;

/**
 * Every log line of a full connection, at every level, from ice4j and from us, carries no ICE
 * credential. Runs in its own JVM (surefire reuseForks=false) so that slf4j-simple can be set to
 * trace before it starts, and captures its output on System.err.
 */
class SecretsInLogsTest {

    @Test
    void noUfragOrPasswordReachesTheLogsAtAnyLevel() throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "trace");
        List<Logger> keep = List.of(Logger.getLogger("org.ice4j"), Logger.getLogger("org.jitsi"));
        keep.forEach(l -> l.setLevel(Level.ALL));
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        List<String> secrets;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            IceAgent a = IceAgent.create(IceAgentConfig.defaults());
            IceAgent b = IceAgent.create(IceAgentConfig.defaults());
            IceParameters pa = a.localParameters();
            IceParameters pb = b.localParameters();
            secrets = List.of(pa.ufrag(), pa.pwd(), pb.ufrag(), pb.pwd());
            CompletableFuture<Void> connected = new CompletableFuture<>();
            a.onLocalCandidate(b::addRemoteCandidate);
            b.onLocalCandidate(a::addRemoteCandidate);
            b.onConnectionStateChange(s -> {
                if (s.isConnected()) {
                    connected.complete(null);
                }
            });
            a.setRemoteParameters(pb);
            b.setRemoteParameters(pa);
            a.start(IceRole.CONTROLLING);
            b.start(IceRole.CONTROLLED);
            a.startGathering();
            b.startGathering();
            connected.get(5, TimeUnit.SECONDS);
            a.close();
            b.close();
        } finally {
            System.setErr(originalErr);
            keep.forEach(l -> l.setLevel(Level.WARNING));
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("org.ice4j") && log.lines().count() > 50,
                "expected ice4j's trace output to be captured, got " + log.lines().count() + " lines");
        for (String secret : secrets) {
            assertFalse(log.contains(secret), "a credential appeared in the logs");
        }
    }
}
