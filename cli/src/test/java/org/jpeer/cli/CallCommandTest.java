package org.jpeer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Timeout;

/** Two {@code jpeer call} peers meet through {@code jpeer signal} and verify each other's media. */
@Timeout(60)
class CallCommandTest {
    private static RunningCommand signal;
    private static String ws;

    @BeforeAll
    static void startSignal() throws InterruptedException {
        signal = RunningCommand.start("signal", "--http", "127.0.0.1:0");
        ws = signal.awaitBaseUrl(Duration.ofSeconds(20)).replace("http://", "ws://") + "/ws";
    }

    @AfterAll
    static void stopSignal() {
        signal.close();
    }

    /** Either side may join first: messages wait in the room for the other member. */
    @ParameterizedTest(name = "offerer joins first: {0}")
    @ValueSource(booleans = {true, false})
    void twoCallsVerifyEachOthersMedia(boolean offererFirst) throws Exception {
        String room = "r-" + offererFirst;
        String[] offerer = {"call", "--ws", ws, "--room", room, "--offer", "--verify", "--duration", "2"};
        String[] answerer = {"call", "--ws", ws, "--room", room, "--verify", "--duration", "2"};
        RunningCommand first = RunningCommand.start(offererFirst ? offerer : answerer);
        RunningCommand.Result second = RunningCommand.run(offererFirst ? answerer : offerer);
        RunningCommand.Result firstResult = first.await(Duration.ofSeconds(30));
        assertEquals(0, firstResult.status(), firstResult.toString());
        assertEquals(0, second.status(), second.toString());
        assertTrue(firstResult.out().contains("media verified") && second.out().contains("media verified"));
    }
}
