package org.jpeer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code jpeer receive} pulling from {@code jpeer send --http} (WHEP) and accepting {@code send --whip}; files checked with ffprobe. */
@Timeout(90)
class ReceiveCommandTest {

    @Test
    void receiveWhepFromSendHttpWritesPlayableFiles(@TempDir Path dir) throws Exception {
        try (RunningCommand source = RunningCommand.start("send", "--http", "127.0.0.1:0")) {
            String base = source.awaitBaseUrl(Duration.ofSeconds(20));
            RunningCommand.Result r = RunningCommand.run("receive", "--whep", base + "/whep", "--out", dir.toString(),
                    "--duration", "3");
            assertEquals(0, r.status(), r.toString());
        }
        assertPlayable(dir.resolve("whep-audio.ogg"), dir.resolve("whep-video.ivf"));
    }

    @Test
    void receiveHttpAcceptsAWhipSender(@TempDir Path dir) throws Exception {
        try (RunningCommand sink = RunningCommand.start("receive", "--http", "127.0.0.1:0", "--out", dir.toString())) {
            String base = sink.awaitBaseUrl(Duration.ofSeconds(20));
            RunningCommand.Result r = RunningCommand.run("send", "--whip", base + "/whip", "--duration", "3");
            assertEquals(0, r.status(), r.toString());
        }
        assertPlayable(dir.resolve("session-1-audio.ogg"), dir.resolve("session-1-video.ivf"));
    }

    private static void assertPlayable(Path ogg, Path ivf) throws Exception {
        JsonNode audio = ffprobe(ogg);
        assertEquals("opus", audio.at("/streams/0/codec_name").asText(), audio.toString());
        double audioSeconds = audio.at("/format/duration").asDouble();
        assertTrue(audioSeconds > 2 && audioSeconds < 4.5, "audio lasts " + audioSeconds + " s");

        JsonNode video = ffprobe(ivf);
        assertEquals("vp8", video.at("/streams/0/codec_name").asText(), video.toString());
        assertEquals(MediaPeer.WIDTH, video.at("/streams/0/width").asInt());
        assertEquals(MediaPeer.HEIGHT, video.at("/streams/0/height").asInt());
        double videoSeconds = video.at("/format/duration").asDouble();
        assertTrue(videoSeconds > 2 && videoSeconds < 4.5, "video lasts " + videoSeconds + " s");
    }

    private static JsonNode ffprobe(Path file) throws Exception {
        Process p = new ProcessBuilder("ffprobe", "-v", "error", "-print_format", "json", "-show_format",
                "-show_streams", file.toString()).redirectErrorStream(true).start();
        String json = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(20, TimeUnit.SECONDS), "ffprobe ran too long");
        assertEquals(0, p.exitValue(), json);
        return new ObjectMapper().readTree(json);
    }
}
