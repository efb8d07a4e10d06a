package org.jpeer.jsep;

import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jpeer.jsep.negotiation.MediaKind;
import org.jpeer.rtp.media.MediaSource;
import org.jpeer.rtp.payload.EncodedFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays a {@link MediaSource} into a local track in real time: one frame every frame duration, as
 * a camera or microphone would deliver them.
 *
 * <p>Video is stamped with its capture time, as a camera does, so a late or an extra frame never
 * moves the stream's clock away from the wall clock (a receiver synchronises audio and video on
 * it). A keyframe request from the track's receivers (PLI, FIR, a sender whose keys just arrived)
 * makes the next video frame a keyframe at once rather than at the next tick. Audio keeps the
 * sample clock of its source.
 *
 * <pre>{@code
 * MediaStreamTrack video = MediaStreamTrack.video("pattern");
 * pc.addTrack(video);
 * try (MediaPlayer player = MediaPlayer.play(new Vp8PatternSource(320, 240, 30), video)) {
 *     ...
 * }
 * }</pre>
 */
public final class MediaPlayer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MediaPlayer.class);
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final MediaSource source;
    private final MediaStreamTrack track;
    private final ScheduledExecutorService timer;
    private final Runnable keyframeRequest;
    private final AtomicLong framesPlayed = new AtomicLong();
    private final boolean video;
    private final long startNanos = System.nanoTime();
    private volatile boolean keyframeRequested;

    private MediaPlayer(MediaSource source, MediaStreamTrack track) {
        this.source = Objects.requireNonNull(source, "source");
        this.track = Objects.requireNonNull(track, "track");
        this.video = track.kind() == MediaKind.VIDEO;
        this.keyframeRequest = this::onKeyframeRequest;
        String name = "jpeer-player-" + COUNTER.incrementAndGet();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts playing at once; stop with {@link #close()}. */
    public static MediaPlayer play(MediaSource source, MediaStreamTrack track) {
        MediaPlayer player = new MediaPlayer(source, track);
        track.onKeyframeRequest(player.keyframeRequest);
        player.timer.scheduleAtFixedRate(player::playOne, 0, source.frameDurationMicros(), TimeUnit.MICROSECONDS);
        return player;
    }

    /**
     * A receiver asked for a keyframe (PLI/FIR, or a sender whose keys just arrived): the next
     * frame is made now as a keyframe instead of waiting up to a frame duration for the next tick.
     */
    private void onKeyframeRequest() {
        if (!video) {
            return;
        }
        keyframeRequested = true;
        try {
            timer.execute(this::playOne);
        } catch (RejectedExecutionException closed) {
            LOG.trace("keyframe request after close ignored");
        }
    }

    private void playOne() {
        try {
            if (keyframeRequested) {
                keyframeRequested = false;
                source.requestKeyframe();
            }
            EncodedFrame frame = source.next();
            if (video) {
                long captureTicks = (System.nanoTime() - startNanos) * source.clockRate() / 1_000_000_000L;
                frame = new EncodedFrame(frame.data(), captureTicks, frame.keyframe(), frame.width(), frame.height());
            }
            track.writeFrame(frame);
            framesPlayed.incrementAndGet();
        } catch (RuntimeException e) {
            LOG.warn("media source {} failed; frame skipped", source, e);
        }
    }

    public long framesPlayed() {
        return framesPlayed.get();
    }

    @Override
    public void close() {
        track.removeKeyframeRequestListener(keyframeRequest);
        timer.shutdownNow();
        try {
            timer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
