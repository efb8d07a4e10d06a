package org.jpeer.rtp.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.jpeer.rtp.media.OpusToneSource;
import org.jpeer.rtp.media.Vp8PatternSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaFilesTest {

    @TempDir
    Path dir;

    @Test
    void crcMatchesOggsReferenceValue() {
        // CRC-32/MPEG-2 style without reflection or final XOR: "123456789" -> 0x89A1897F
        assertEquals(0x89A1897F, OggOpusWriter.crc("123456789".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void oggPagesCarryGranulePositionsAndValidCrcs() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        OpusToneSource tone = new OpusToneSource(440);
        try (OggOpusWriter ogg = new OggOpusWriter(buf, 1)) {
            for (int i = 0; i < 10; i++) {
                ogg.write(tone.next().data());
            }
        }
        ByteBuffer b = ByteBuffer.wrap(buf.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
        int pages = 0;
        long lastGranule = 0;
        int lastFlags = 0;
        while (b.hasRemaining()) {
            int start = b.position();
            assertEquals("OggS", new String(buf.toByteArray(), start, 4, StandardCharsets.US_ASCII));
            lastFlags = b.get(start + 5);
            lastGranule = b.getLong(start + 6);
            int segments = b.get(start + 26) & 0xFF;
            int length = 0;
            for (int i = 0; i < segments; i++) {
                length += b.get(start + 27 + i) & 0xFF;
            }
            byte[] page = new byte[27 + segments + length];
            b.get(page);
            int crc = ByteBuffer.wrap(page).order(ByteOrder.LITTLE_ENDIAN).getInt(22);
            ByteBuffer.wrap(page).order(ByteOrder.LITTLE_ENDIAN).putInt(22, 0);
            assertEquals(crc, OggOpusWriter.crc(page));
            pages++;
        }
        assertEquals(12, pages);
        assertEquals(9600, lastGranule);
        assertEquals(4, lastFlags);
    }

    @Test
    void ffprobeReadsBothFiles() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/ffprobe")), "ffprobe not installed");
        Path ogg = dir.resolve("tone.ogg");
        Path ivf = dir.resolve("pattern.ivf");
        OpusToneSource tone = new OpusToneSource(440);
        try (OutputStream out = Files.newOutputStream(ogg); OggOpusWriter w = new OggOpusWriter(out, 1)) {
            for (int i = 0; i < 100; i++) {
                w.write(tone.next().data());
            }
        }
        Vp8PatternSource video = new Vp8PatternSource(320, 240, 30);
        try (IvfWriter w = new IvfWriter(Files.newByteChannel(ivf, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                IvfWriter.VP8, 320, 240)) {
            for (int i = 0; i < 30; i++) {
                w.write(video.next());
            }
        }
        String audio = ffprobe(ogg);
        assertTrue(audio.contains("codec_name=opus"), audio);
        assertTrue(audio.contains("sample_rate=48000"), audio);
        assertEquals(2.0, duration(audio), 0.05);
        String v = ffprobe(ivf);
        assertTrue(v.contains("codec_name=vp8"), v);
        assertTrue(v.contains("width=320") && v.contains("height=240"), v);
        assertEquals(1.0, duration(v), 0.05);
    }

    private static double duration(String probe) {
        for (String line : probe.split("\n")) {
            if (line.startsWith("duration=") && !line.contains("N/A")) {
                return Double.parseDouble(line.substring("duration=".length()));
            }
        }
        return -1;
    }

    private static String ffprobe(Path file) throws Exception {
        Process p = new ProcessBuilder("/usr/bin/ffprobe", "-v", "error", "-show_streams", "-show_format",
                "-count_frames", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return out;
    }
}
