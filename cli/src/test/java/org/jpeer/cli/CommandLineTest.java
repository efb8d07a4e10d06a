package org.jpeer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The public command-line contract: exit codes, outputs, the loopback demo. */
class CommandLineTest {
    private static final Path CHROME_OFFER = Path.of("../jsep/src/test/resources/sdp/chrome-offer.sdp");

    private record Result(int status, String out, String err) {}

    private static Result run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void versionAndHelp() {
        assertEquals(0, run("--version").status());
        Result help = run("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("loopback") && help.out().contains("sdp"), help.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"loopback", "echo", "send", "receive", "call", "signal", "sdp"})
    void everyCommandHasHelp(String command) {
        Result help = run(command, "--help");
        assertEquals(0, help.status(), help.err());
        assertTrue(help.out().startsWith("Usage: jpeer " + command), help.out());
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, run("no-such-command").status());
        assertEquals(2, run("loopback", "--duration", "soon").status());
        assertEquals(2, run("loopback", "--codec", "mpeg2").status());
        assertEquals(2, run("loopback", "--duration", "-1").status());
        assertEquals(2, run("loopback", "--loss", "101").status());
        assertEquals(2, run("send").status(), "needs --whip, --echo-test or --http");
        assertEquals(2, run("send", "--whip", "http://127.0.0.1:9/whip", "--http", "127.0.0.1:0").status());
        assertEquals(2, run("send", "--http", "127.0.0.1:0", "--stats-json", "x.json").status());
        assertEquals(2, run("receive", "--whep", "http://127.0.0.1:9/whep").status(), "needs --out");
        assertEquals(2, run("echo", "--http", "127.0.0.1").status());
        assertEquals(2, run("echo", "--http", "127.0.0.1:70000").status());
        assertEquals(2, run("call", "--ws", "ws://127.0.0.1:9/ws").status(), "needs --room");
    }

    @Test
    void unreachableEndpointIsOneClearLine() {
        Result r = run("send", "--whip", "http://127.0.0.1:9/whip", "--no-video");
        assertEquals(1, r.status());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("jpeer: "), r.err());
    }

    @Test
    void sdpCheckSummarisesARealChromeOffer() throws Exception {
        Result r = run("sdp", "check", CHROME_OFFER.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode summary = new ObjectMapper().readTree(r.out());
        assertEquals("audio", summary.at("/media/0/kind").asText());
        assertEquals("0", summary.at("/media/0/mid").asText());
        assertEquals("opus", summary.at("/media/0/codecs/0/name").asText());
        assertEquals("video", summary.at("/media/1/kind").asText());
    }

    @Test
    void sdpCheckNamesTheBadLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.sdp");
        Files.writeString(bad, "v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\n"
                + "m=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=fingerprint:md4 00\r\n");
        Result r = run("sdp", "check", bad.toString());
        assertEquals(1, r.status());
        assertEquals("jpeer: line 6 'a=fingerprint:md4 00': unknown hash 'md4'", r.err().strip());
    }

    @Test
    void sdpCheckReportsBrokenWebRtcRules(@TempDir Path dir) throws Exception {
        Path noIce = dir.resolve("no-ice.sdp");
        Files.writeString(noIce, Files.readString(CHROME_OFFER).replaceAll("a=ice-ufrag:[^\\r\\n]*\\r?\\n", ""));
        Result r = run("sdp", "check", noIce.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("ice-ufrag"), r.err());
    }

    @Test
    void sdpAnswerAnswersEveryOfferedSection() {
        Result r = run("sdp", "answer", CHROME_OFFER.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("v=0"), r.out());
        assertTrue(r.out().contains("a=setup:active"), r.out());
        assertTrue(r.out().contains("m=application 0 "), "the data channel is rejected: " + r.out());
    }

    @Test
    void missingFileIsOneClearLine() {
        Result r = run("sdp", "check", "/no/such/file.sdp");
        assertEquals(1, r.status());
        assertEquals("jpeer: /no/such/file.sdp: no such file", r.err().strip());
    }

    @Test
    @Timeout(60)
    void loopbackVerifiesMediaBothWays(@TempDir Path dir) throws Exception {
        Path stats = dir.resolve("stats.json");
        Result r = run("loopback", "--duration", "2", "--stats-json", stats.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("media verified both ways"), r.out());
        JsonNode json = new ObjectMapper().readTree(stats.toFile());
        for (String side : new String[] {"offerer", "answerer"}) {
            JsonNode transport = json.get(side).get("T01");
            assertEquals("connected", transport.get("dtlsState").asText(), side);
            assertEquals("AEAD_AES_128_GCM", transport.get("srtpCipher").asText(), side);
            long inbound = 0;
            for (JsonNode s : json.get(side)) {
                if (s.get("type").asText().equals("inbound-rtp")) {
                    inbound += s.get("packetsReceived").asLong();
                }
            }
            assertTrue(inbound > 50, side + " received packets: " + inbound);
        }
    }

    @Test
    @Timeout(60)
    void loopbackRecoversFromLossAndDelay() {
        Result r = run("loopback", "--duration", "3", "--loss", "5", "--delay", "20");
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("media verified both ways"), r.out());
        assertTrue(r.out().matches("(?s).*offerer: \\d+ packets lost, sent [1-9]\\d* NACKs.*"), r.out());
    }
}
