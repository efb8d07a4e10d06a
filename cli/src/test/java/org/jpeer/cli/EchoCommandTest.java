package org.jpeer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code jpeer echo} serving {@code jpeer send}: media goes out, comes back and is verified. */
@Timeout(60)
class EchoCommandTest {
    private static RunningCommand echo;
    private static String base;

    @BeforeAll
    static void startEcho() throws InterruptedException {
        echo = RunningCommand.start("echo", "--http", "127.0.0.1:0");
        base = echo.awaitBaseUrl(Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopEcho() {
        echo.close();
    }

    @Test
    void whipSenderGetsItsMediaBackVerified() {
        RunningCommand.Result r = RunningCommand.run("send", "--whip", base + "/whip", "--expect-echo", "--duration", "2");
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.out().contains("echo verified"), r.toString());
    }

    @Test
    void echoTestClientConnects() {
        RunningCommand.Result r = RunningCommand.run("send", "--echo-test", base + "/offer");
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.out().contains("DTLS complete"), r.toString());
    }

    @Test
    void echoTestClientVerifiesTheEcho() {
        RunningCommand.Result r = RunningCommand.run("send", "--echo-test", base + "/offer", "--expect-echo",
                "--duration", "2", "--no-audio");
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.out().contains("echo verified"), r.toString());
    }
}
