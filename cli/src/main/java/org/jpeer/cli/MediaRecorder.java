package org.jpeer.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jpeer.jsep.RTCPeerConnection;
import org.jpeer.jsep.negotiation.MediaKind;
import org.jpeer.rtp.file.IvfWriter;
import org.jpeer.rtp.file.OggOpusWriter;
import org.jpeer.rtp.payload.EncodedFrame;
import org.jpeer.rtp.InvalidPacketException;
import org.jpeer.rtp.payload.Vp8FrameHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the tracks a connection receives to files: Opus to {@code NAME-audio.ogg}, VP8 to
 * {@code NAME-video.ivf} (from the first keyframe, whose header gives the frame size). Files are
 * written on a thread of the recorder, never on the connection's own.
 */
final class MediaRecorder implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MediaRecorder.class);

    private final Path dir;
    private final String name;
    private final ExecutorService writer;
    private final List<Path> files = new ArrayList<>();
    private OggOpusWriter ogg;
    private IvfWriter ivf;
    private long audioFrames;
    private long videoFrames;

    MediaRecorder(Path dir, String name) {
        this.dir = dir;
        this.name = name;
        this.writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "jpeer-record-" + name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Records every track {@code pc} receives from now on. */
    MediaRecorder attach(RTCPeerConnection pc) {
        pc.onTrack(e -> {
            MediaKind kind = e.track().kind();
            e.track().onFrame(frame -> writer.execute(() -> write(kind, frame)));
        });
        return this;
    }

    private void write(MediaKind kind, EncodedFrame frame) {
        try {
            if (kind == MediaKind.AUDIO) {
                writeAudio(frame);
            } else {
                writeVideo(frame);
            }
        } catch (IOException e) {
            LOG.warn("{}: writing {} failed: {}", name, kind, e.getMessage());
        }
    }

    private void writeAudio(EncodedFrame frame) throws IOException {
        if (ogg == null) {
            Path path = dir.resolve(name + "-audio.ogg");
            OutputStream file = Files.newOutputStream(path);
            ogg = new OggOpusWriter(file, 2);
            files.add(path);
        }
        ogg.write(frame.data());
        audioFrames++;
    }

    private void writeVideo(EncodedFrame frame) throws IOException {
        if (ivf == null) {
            Vp8FrameHeader header;
            try {
                header = Vp8FrameHeader.parse(frame.data(), 0, frame.data().length);
            } catch (InvalidPacketException e) {
                LOG.debug("{}: skipping a broken VP8 frame: {}", name, e.getMessage());
                return;
            }
            if (!header.keyframe()) {
                return;
            }
            Path path = dir.resolve(name + "-video.ivf");
            ivf = new IvfWriter(Files.newByteChannel(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING), IvfWriter.VP8, header.width(), header.height());
            files.add(path);
        }
        ivf.write(frame);
        videoFrames++;
    }

    /** Finishes the files (after the frames already queued) and says what was written. */
    @Override
    public void close() throws IOException {
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (ogg != null) {
            ogg.close();
        }
        if (ivf != null) {
            ivf.close();
        }
    }

    /** Whether any frame was written. */
    boolean recorded() {
        return audioFrames + videoFrames > 0;
    }

    String summary() {
        return name + ": " + audioFrames + " audio frames, " + videoFrames + " video frames in " + files;
    }
}
