package org.jpeer.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.jpeer.jsep.MediaPlayer;
import org.jpeer.jsep.MediaStreamTrack;
import org.jpeer.jsep.RTCPeerConnection;
import org.jpeer.jsep.RTCPeerConnectionState;
import org.jpeer.jsep.negotiation.MediaKind;
import org.jpeer.rtp.media.MediaSource;
import org.jpeer.rtp.media.OpusToneSource;
import org.jpeer.rtp.media.Vp8PatternSource;
import org.jpeer.rtp.payload.EncodedFrame;
import org.jpeer.rtp.verify.ToneVerifier;
import org.jpeer.rtp.verify.Vp8FrameVerifier;

/**
 * A connection of the command line that sends test media (an Opus tone, a VP8 test pattern) and
 * verifies what it receives (pitch of the tone, VP8 frames complete and in order): one side of
 * {@code loopback} and {@code call}, the client of {@code send}, the source behind {@code send --http}.
 *
 * <p>Verification decodes every frame, which is too slow for the connection's own thread (frame
 * listeners run there): frames are handed to a verifier thread of this peer.
 */
final class MediaPeer implements AutoCloseable {
    static final int WIDTH = 320;
    static final int HEIGHT = 240;
    static final int FPS = 30;

    final String name;
    final RTCPeerConnection pc;
    private final boolean audio;
    private final boolean video;
    private final ToneVerifier receivedTone = new ToneVerifier();
    private final Vp8FrameVerifier receivedVideo = new Vp8FrameVerifier();
    private final List<Runnable> mediaStarters = new ArrayList<>();
    private final List<MediaPlayer> players = new ArrayList<>();
    private final ConnectionWatch watch;
    private final ExecutorService verifier;
    private final long startNanos;
    private volatile long firstAudioNanos;
    private volatile long firstVideoNanos;

    /** A peer that sends the media {@code media} asks for, with a tone at {@code toneHz}. */
    MediaPeer(String name, RTCPeerConnection pc, double toneHz, MediaOptions media, long startNanos) {
        this.name = name;
        this.pc = pc;
        this.audio = media.audio();
        this.video = media.video();
        this.startNanos = startNanos;
        this.verifier = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "jpeer-verify-" + name);
            t.setDaemon(true);
            return t;
        });
        if (audio) {
            addSource(MediaStreamTrack.audio(name + "-tone"), new OpusToneSource(toneHz));
        }
        if (video) {
            addSource(MediaStreamTrack.video(name + "-pattern"), new Vp8PatternSource(WIDTH, HEIGHT, FPS));
        }
        pc.onTrack(e -> e.track().onFrame(e.track().kind() == MediaKind.AUDIO ? this::onAudio : this::onVideo));
        this.watch = new ConnectionWatch(name, pc);
    }

    /** Waits until connected, or fails with the reason in one line (see {@link ConnectionWatch}). */
    void awaitConnected(Duration timeout) throws InterruptedException {
        watch.awaitConnected(timeout);
    }

    /** Completes when the connection fails or closes. */
    CompletableFuture<RTCPeerConnectionState> ended() {
        return watch.ended();
    }

    private void addSource(MediaStreamTrack track, MediaSource source) {
        pc.addTrack(track);
        mediaStarters.add(() -> players.add(MediaPlayer.play(source, track)));
    }

    void startMedia() {
        mediaStarters.forEach(Runnable::run);
    }

    void stopMedia() {
        players.forEach(MediaPlayer::close);
        players.clear();
    }

    private void onAudio(EncodedFrame frame) {
        if (firstAudioNanos == 0) {
            firstAudioNanos = System.nanoTime();
        }
        submit(() -> receivedTone.accept(frame));
    }

    private void onVideo(EncodedFrame frame) {
        if (firstVideoNanos == 0) {
            firstVideoNanos = System.nanoTime();
        }
        submit(() -> receivedVideo.accept(frame));
    }

    /** Frames that arrive after verifying finished (the far end still sending) are not looked at. */
    private void submit(Runnable check) {
        try {
            verifier.execute(check);
        } catch (RejectedExecutionException finished) {
            // verification is over; see finishVerifying
        }
    }

    /** Verifies a received tone at {@code expectedHz} and received video, or says what is wrong. */
    List<String> verify(double expectedHz, double seconds) throws InterruptedException {
        finishVerifying();
        List<String> problems = new ArrayList<>();
        if (audio && !receivedTone.verified(expectedHz, 5)) {
            problems.add(name + ": expected a " + expectedHz + " Hz tone, got " + receivedTone);
        }
        int minFrames = (int) Math.max(1, seconds * FPS / 3);
        if (video && !receivedVideo.verified(minFrames)) {
            problems.add(name + ": expected at least " + minFrames + " VP8 frames complete and in order, got "
                    + receivedVideo);
        }
        return problems;
    }

    /** Lets the verifier finish the frames already handed to it; later frames are not verified. */
    private void finishVerifying() throws InterruptedException {
        verifier.shutdown();
        verifier.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** What arrived and when; call it after the media stopped (it finishes verifying). */
    String summary() throws InterruptedException {
        finishVerifying();
        StringBuilder b = new StringBuilder(name).append(": connected ").append(millis(watch.connectedNanos()));
        if (audio) {
            b.append(", first audio ").append(millis(firstAudioNanos))
                    .append(String.format(", tone %.1f Hz", receivedTone.pitchHz().orElse(0)));
        }
        if (video) {
            b.append(", first video frame ").append(millis(firstVideoNanos))
                    .append(", ").append(receivedVideo.frames()).append(" frames ")
                    .append(receivedVideo.width()).append('x').append(receivedVideo.height())
                    .append(", ").append(receivedVideo.outOfOrder()).append(" out of order");
        }
        return b.toString();
    }

    private String millis(long nanos) {
        return nanos == 0 ? "never" : String.format("%.1f ms", (nanos - startNanos) / 1e6);
    }

    @Override
    public void close() {
        stopMedia();
        pc.close();
        verifier.shutdownNow();
    }
}
