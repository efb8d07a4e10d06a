package org.jpeer.jsep;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jpeer.jsep.negotiation.MediaKind;
import org.jpeer.rtp.media.MediaSource;
import org.jpeer.rtp.media.OpusToneSource;
import org.jpeer.rtp.media.H264PatternSource;
import org.jpeer.rtp.media.Vp8PatternSource;
import org.jpeer.rtp.payload.EncodedFrame;
import org.jpeer.rtp.verify.ToneVerifier;
import org.jpeer.rtp.verify.H264FrameVerifier;
import org.jpeer.rtp.verify.Vp8FrameVerifier;

/**
 * One side of an in-process call for tests: a connection that plays test media, counts the
 * frames of each remote track by mid and verifies them (Opus pitch, VP8 keyframes) on its own
 * thread, never the connection's.
 */
final class TestPeer implements AutoCloseable {
    static final double TONE_HZ = 440;
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    final RTCPeerConnection pc;
    private final ToneVerifier tone = new ToneVerifier();
    private final boolean h264;
    private final Vp8FrameVerifier vp8 = new Vp8FrameVerifier();
    private final H264FrameVerifier avc = new H264FrameVerifier();
    final AtomicInteger negotiationNeeded = new AtomicInteger();
    private final Map<String, AtomicLong> framesByMid = new ConcurrentHashMap<>();
    private final CandidateInbox inbox;
    private final Map<String, Gaps> gapsByMid = new ConcurrentHashMap<>();
    private final List<MediaPlayer> players = new ArrayList<>();
    private final ExecutorService verifier = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-verify");
        t.setDaemon(true);
        return t;
    });

    TestPeer(RTCConfiguration configuration) {
        this(configuration, false);
    }

    /** With {@code h264}, video is sent as H.264 (the configuration should allow only that) and verified so. */
    TestPeer(RTCConfiguration configuration, boolean h264) {
        this.h264 = h264;
        pc = new RTCPeerConnection(configuration);
        inbox = new CandidateInbox(pc);
        pc.onTrack(e -> {
            String mid = e.transceiver().mid();
            AtomicLong count = framesByMid.computeIfAbsent(mid, m -> new AtomicLong());
            Gaps gaps = gapsByMid.computeIfAbsent(mid, m -> new Gaps());
            boolean audio = e.track().kind() == MediaKind.AUDIO;
            e.track().onFrame(f -> {
                count.incrementAndGet();
                gaps.frame(System.nanoTime());
                verifier.execute(() -> verify(audio, f));
            });
        });
        pc.onNegotiationNeeded(negotiationNeeded::incrementAndGet);
    }

    TestPeer() {
        this(RTCConfiguration.defaults());
    }

    private void verify(boolean audio, EncodedFrame f) {
        if (audio) {
            tone.accept(f);
        } else {
            if (h264) {
                avc.accept(f);
            } else {
                vp8.accept(f);
            }
        }
    }

    /** Sends a live tone (or the VP8 pattern) on a new track; returns its sender. */
    RTCRtpSender send(MediaKind kind) {
        MediaStreamTrack track = MediaStreamTrack.create(kind);
        RTCRtpSender sender = pc.addTrack(track);
        play(kind, track);
        return sender;
    }

    MediaPlayer play(MediaKind kind, MediaStreamTrack track) {
        MediaSource source = kind == MediaKind.AUDIO ? new OpusToneSource(TONE_HZ)
                : h264 ? new H264PatternSource(160, 120, 30) : new Vp8PatternSource(160, 120, 30);
        MediaPlayer player = MediaPlayer.play(source, track);
        players.add(player);
        return player;
    }

    /** Trickles candidates both ways. */
    static void connectCandidates(TestPeer a, TestPeer b) {
        a.pc.onIceCandidate(b.inbox);
        b.pc.onIceCandidate(a.inbox);
    }

    /** Applies a remote description, then the candidates that arrived before it. */
    void setRemoteDescription(RTCSessionDescription d) {
        inbox.setRemoteDescription(d);
    }

    /** A call: candidates trickled both ways, {@code offerer} offers, and it is connected. */
    static void connect(TestPeer offerer, TestPeer answerer) {
        connectCandidates(offerer, answerer);
        negotiate(offerer, answerer);
        offerer.awaitConnected();
    }

    /** One offer/answer exchange, {@code offerer} offering. */
    static void negotiate(TestPeer offerer, TestPeer answerer) {
        offerer.pc.setLocalDescription().join();
        answerer.setRemoteDescription(offerer.pc.localDescription());
        answerer.pc.setLocalDescription().join();
        offerer.setRemoteDescription(answerer.pc.localDescription());
    }

    /** The longest time between two frames of {@code mid} since the last {@link #resetGaps}, in ms. */
    long longestGapMillis(String mid) {
        Gaps g = gapsByMid.get(mid);
        return g == null ? 0 : g.longest / 1_000_000;
    }

    void resetGaps(String mid) {
        gapsByMid.computeIfAbsent(mid, m -> new Gaps()).longest = 0;
    }

    /** Frame arrival gaps, written on the connection's thread only. */
    private static final class Gaps {
        private long last;
        private volatile long longest;

        void frame(long nanos) {
            if (last != 0) {
                longest = Math.max(longest, nanos - last);
            }
            last = nanos;
        }
    }

    long frames(String mid) {
        AtomicLong n = framesByMid.get(mid);
        return n == null ? 0 : n.get();
    }

    void awaitConnected() {
        await(() -> pc.connectionState() == RTCPeerConnectionState.CONNECTED,
                () -> "connected, is " + pc.connectionState() + " " + pc.failureReason().orElse(""));
    }

    /** Waits until {@code mid} has received {@code more} frames beyond what it has now. */
    void awaitMoreFrames(String mid, long more) {
        long target = frames(mid) + more;
        await(() -> frames(mid) >= target, () -> "mid " + mid + " at " + frames(mid) + " of " + target + " frames");
    }

    /** Waits until the tone decodes at its pitch. */
    void awaitToneVerified() {
        await(() -> onVerifier(() -> tone.verified(TONE_HZ, 5)), () -> "tone verified: " + onVerifier(tone::toString));
    }

    /** Waits until {@code keyframes} more keyframes (VP8, or H.264 IDR pictures) decoded. */
    void awaitVideoVerified(int keyframes) {
        LongSupplier decoded = h264 ? avc::decoded : vp8::decoded;
        LongSupplier corrupt = h264 ? avc::corrupt : vp8::corrupt;
        long target = onVerifier(decoded::getAsLong) + keyframes;
        await(() -> onVerifier(decoded::getAsLong) >= target && onVerifier(corrupt::getAsLong) == 0,
                () -> (h264 ? "H.264" : "VP8") + " decoded " + onVerifier(decoded::getAsLong) + " of " + target
                        + ", corrupt " + onVerifier(corrupt::getAsLong));
    }

    /** The verifiers belong to their thread; the test reads them there. */
    private <T> T onVerifier(Callable<T> read) {
        try {
            return verifier.submit(read).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static void await(BooleanSupplier condition, Supplier<String> what) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Override
    public void close() {
        players.forEach(MediaPlayer::close);
        pc.close();
        verifier.shutdownNow();
        try {
            verifier.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
