package org.jpeer.rtp.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jpeer.rtp.media.H264PatternSource;
import org.jpeer.rtp.media.MediaSource;
import org.jpeer.rtp.media.OpusToneSource;
import org.jpeer.rtp.media.Vp8PatternSource;
import org.jpeer.rtp.payload.EncodedFrame;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our writers' files read back by our readers, and by ffprobe. */
class MediaFileReadersTest {

    @TempDir
    Path dir;

    private static List<EncodedFrame> frames(MediaSource source, int n) {
        List<EncodedFrame> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(source.next());
        }
        return out;
    }

    private Path ivf(List<EncodedFrame> frames) throws IOException {
        Path file = dir.resolve("video.ivf");
        try (IvfWriter w = new IvfWriter(Files.newByteChannel(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), IvfWriter.VP8, 320, 240)) {
            for (EncodedFrame f : frames) {
                w.write(f);
            }
        }
        return file;
    }

    private static byte[] ogg(List<EncodedFrame> frames) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (OggOpusWriter w = new OggOpusWriter(buf, 1)) {
            for (EncodedFrame f : frames) {
                w.write(f.data());
            }
        }
        return buf.toByteArray();
    }

    private static byte[] annexB(List<EncodedFrame> frames) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (AnnexBWriter w = new AnnexBWriter(buf)) {
            for (EncodedFrame f : frames) {
                w.write(f);
            }
        }
        return buf.toByteArray();
    }

    @Test
    void ivfRoundTripsFramesTimestampsAndHeader() throws IOException {
        List<EncodedFrame> frames = frames(new Vp8PatternSource(320, 240, 30), 10);
        try (IvfReader r = IvfReader.open(Files.newInputStream(ivf(frames)))) {
            assertEquals(IvfWriter.VP8, r.fourcc());
            assertEquals(320, r.width());
            assertEquals(240, r.height());
            assertEquals(90_000, r.timeBaseRate());
            assertEquals(1, r.timeBaseScale());
            assertEquals(10 * 3000, r.lengthField(), "duration: frame count times the mean interval");
            for (EncodedFrame f : frames) {
                assertEquals(f, r.next());
            }
            assertNull(r.next());
        }
    }

    @Test
    void oggRoundTripsPacketsWithGranulePositions() throws IOException {
        List<EncodedFrame> frames = frames(new OpusToneSource(440), 50);
        try (OggOpusReader r = OggOpusReader.open(new ByteArrayInputStream(ogg(frames)))) {
            assertEquals(1, r.channels());
            assertEquals(OggOpusWriter.PRE_SKIP, r.preSkip());
            assertEquals(48_000, r.inputSampleRate());
            for (EncodedFrame f : frames) {
                assertEquals(f, r.next());
                assertEquals(f.rtpTimestamp() + 960, r.granulePosition());
            }
            assertNull(r.next());
        }
    }

    @Test
    void oggReaderRejectsACorruptedPageByCrc() throws IOException {
        byte[] file = ogg(frames(new OpusToneSource(440), 5));
        file[file.length - 3] ^= 1;
        InvalidMediaFileException e = assertThrows(InvalidMediaFileException.class, () -> {
            try (OggOpusReader r = OggOpusReader.open(new ByteArrayInputStream(file))) {
                while (r.next() != null) {
                    // read to the end
                }
            }
        });
        assertTrue(e.getMessage().contains("CRC"), e.getMessage());
    }

    @Test
    void annexBRoundTripsAccessUnits() throws IOException {
        List<EncodedFrame> frames = frames(new H264PatternSource(320, 240, 30), 20);
        try (AnnexBReader r = new AnnexBReader(new ByteArrayInputStream(annexB(frames)), 30)) {
            for (EncodedFrame f : frames) {
                assertEquals(f, r.next());
            }
            assertNull(r.next());
        }
    }

    @Test
    void annexBReaderSplitsOnSliceStartsAndAcceptsThreeByteStartCodes() throws IOException {
        byte[] stream = {0, 0, 1, 0x67, 0x42, 0, 0, 1, 0x68, 0x11, 0, 0, 1, 0x65, (byte) 0x88, 0x22,
            0, 0, 0, 1, 0x41, (byte) 0x9a, 0x33, 0, 0, 1, 0x41, (byte) 0x9a, 0x44};
        try (AnnexBReader r = new AnnexBReader(new ByteArrayInputStream(stream), 25)) {
            EncodedFrame idr = r.next();
            assertTrue(idr.keyframe());
            assertArrayEquals(new byte[] {0, 0, 0, 1, 0x67, 0x42, 0, 0, 0, 1, 0x68, 0x11, 0, 0, 0, 1, 0x65,
                (byte) 0x88, 0x22}, idr.data());
            assertEquals(3600, r.next().rtpTimestamp());
            assertEquals(7200, r.next().rtpTimestamp());
            assertNull(r.next());
        }
    }

    @Test
    void readersOnlyThrowTheirOwnExceptionOnGarbage() throws IOException {
        Random r = new Random(46);
        byte[] ivf = Files.readAllBytes(ivf(frames(new Vp8PatternSource(160, 120, 30), 3)));
        byte[] ogg = ogg(frames(new OpusToneSource(440), 5));
        byte[] h264 = annexB(frames(new H264PatternSource(160, 120, 30), 3));
        for (int i = 0; i < 3000; i++) {
            readAll(() -> IvfReader.open(new ByteArrayInputStream(input(r, ivf)))::next);
            readAll(() -> OggOpusReader.open(new ByteArrayInputStream(input(r, ogg)))::next);
            readAll(() -> new AnnexBReader(new ByteArrayInputStream(input(r, h264)), 30)::next);
        }
    }

    private static byte[] input(Random r, byte[] valid) {
        byte[] b = valid.clone();
        switch (r.nextInt(4)) {
            case 0 -> {
                b = new byte[r.nextInt(200)];
                r.nextBytes(b);
            }
            case 1 -> b = Arrays.copyOf(b, r.nextInt(b.length + 1));
            default -> {
                for (int k = 1 + r.nextInt(6); k > 0; k--) {
                    b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                }
            }
        }
        return b;
    }

    interface FrameSource {
        EncodedFrame next() throws IOException;
    }

    interface Opener {
        FrameSource open() throws IOException;
    }

    private static void readAll(Opener opener) {
        try {
            FrameSource s = opener.open();
            for (int n = 0; s.next() != null && n < 10_000; n++) {
                // drain
            }
        } catch (InvalidMediaFileException expected) {
            // the documented outcome for a malformed file
        } catch (IOException e) {
            throw new AssertionError("only InvalidMediaFileException may escape", e);
        }
    }

    @Test
    void ffprobeReadsOurH264OggAndIvfFiles() throws Exception {
        boolean ci = "true".equals(System.getenv("CI"));
        Assumptions.assumeTrue(ci || Files.isExecutable(Path.of("/usr/bin/ffprobe")),
                "ffprobe not installed (scripts/test installs Debian's ffmpeg in CI)");
        Path h264 = dir.resolve("pattern.h264");
        Files.write(h264, annexB(frames(new H264PatternSource(320, 240, 30), 60)));
        String v = ffprobe(h264, "-framerate", "30");
        assertTrue(v.contains("codec_name=h264"), v);
        assertTrue(v.contains("profile=Constrained Baseline"), v);
        assertTrue(v.contains("level=31"), v);
        assertTrue(v.contains("width=320") && v.contains("height=240"), v);
        // Raw Annex-B has no timing, so ffprobe's duration is frame count over the frame rate it was told.
        assertTrue(v.contains("nb_read_frames=60") && v.contains("r_frame_rate=30/1"), v);

        Path ogg = dir.resolve("tone.ogg");
        Files.write(ogg, ogg(frames(new OpusToneSource(440), 150)));
        String a = ffprobe(ogg);
        assertTrue(a.contains("codec_name=opus") && a.contains("channels=1"), a);
        assertEquals(3.0, duration(a), 0.02);

        String ivf = ffprobe(ivf(frames(new Vp8PatternSource(320, 240, 30), 45)));
        assertTrue(ivf.contains("codec_name=vp8") && ivf.contains("width=320"), ivf);
        assertTrue(ivf.contains("nb_read_frames=45"), ivf);
        assertEquals(1.5, duration(ivf), 0.05);
    }

    private static double duration(String probe) {
        for (String line : probe.split("\n")) {
            if (line.startsWith("duration=") && !line.contains("N/A")) {
                return Double.parseDouble(line.substring("duration=".length()));
            }
        }
        return -1;
    }

    private static String ffprobe(Path file, String... inputOptions) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("ffprobe", "-v", "error", "-show_streams", "-show_format",
                "-count_frames"));
        cmd.addAll(List.of(inputOptions));
        cmd.add(file.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return out;
    }
}
