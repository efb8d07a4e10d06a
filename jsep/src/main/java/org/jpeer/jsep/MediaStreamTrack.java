package org.jpeer.jsep;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jpeer.jsep.negotiation.MediaKind;
import org.jpeer.rtp.payload.EncodedFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A track of encoded media. A headless peer has no camera or speaker: a local track takes encoded
 * frames from the application (a test source, a file reader, another connection's remote track)
 * and every {@link RTCRtpSender} it is attached to sends them; a remote track hands over the frames
 * its {@link RTCRtpReceiver} assembled.
 *
 * <pre>{@code
 * MediaStreamTrack video = MediaStreamTrack.video("camera");
 * pc.addTrack(video);
 * video.writeFrame(encoder.next());                       // local: send a frame
 *
 * pc.onTrack(e -> e.track().onFrame(f -> save(f)));       // remote: receive frames
 * e.track().requestKeyframe();                             // remote: ask the sender for a keyframe (PLI)
 * }</pre>
 */
public final class MediaStreamTrack {
    private static final Logger LOG = LoggerFactory.getLogger(MediaStreamTrack.class);

    /** W3C {@code MediaStreamTrackState}. */
    public enum ReadyState { LIVE, ENDED }

    private final String id;
    private final MediaKind kind;
    private final boolean remote;
    private final List<Consumer<EncodedFrame>> frameListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> keyframeRequestListeners = new CopyOnWriteArrayList<>();
    private volatile ReadyState readyState = ReadyState.LIVE;

    private MediaStreamTrack(String id, MediaKind kind, boolean remote) {
        this.id = Objects.requireNonNull(id, "id");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.remote = remote;
    }

    /** A local audio track; frames written to it are Opus. */
    public static MediaStreamTrack audio(String id) {
        return new MediaStreamTrack(id, MediaKind.AUDIO, false);
    }

    /** A local video track; frames written to it are in the negotiated video codec. */
    public static MediaStreamTrack video(String id) {
        return new MediaStreamTrack(id, MediaKind.VIDEO, false);
    }

    /** A local track with a random id. */
    public static MediaStreamTrack create(MediaKind kind) {
        return new MediaStreamTrack(UUID.randomUUID().toString(), kind, false);
    }

    static MediaStreamTrack remote(String id, MediaKind kind) {
        return new MediaStreamTrack(id, kind, true);
    }

    public String id() {
        return id;
    }

    public MediaKind kind() {
        return kind;
    }

    /** Whether this track came from the network ({@code ontrack}) rather than from the application. */
    public boolean isRemote() {
        return remote;
    }

    public ReadyState readyState() {
        return readyState;
    }

    /**
     * Sends a frame on every sender this local track is attached to. The frame's RTP timestamp is
     * in the codec's clock (48 kHz for Opus, 90 kHz for video) from any origin: each sender adds
     * its own random offset.
     *
     * @throws IllegalStateException on a remote track
     */
    public void writeFrame(EncodedFrame frame) {
        if (remote) {
            throw new IllegalStateException("track " + id + " is remote: frames come from its receiver");
        }
        deliver(frame);
    }

    /**
     * Listens to the frames of this track: those written to a local track, or those assembled from
     * the network for a remote one (on the connection's thread: return quickly).
     */
    public void onFrame(Consumer<EncodedFrame> listener) {
        frameListeners.add(Objects.requireNonNull(listener));
    }

    public void removeFrameListener(Consumer<EncodedFrame> listener) {
        frameListeners.remove(listener);
    }

    /**
     * Asks for a keyframe: on a remote track the receiver sends a PLI to the remote sender; on a
     * local track the listeners (the encoder feeding it) are told.
     */
    public void requestKeyframe() {
        for (Runnable r : keyframeRequestListeners) {
            r.run();
        }
    }

    /** Called when someone asks this track for a keyframe (a remote receiver's PLI or FIR, for a local track). */
    public void onKeyframeRequest(Runnable listener) {
        keyframeRequestListeners.add(Objects.requireNonNull(listener));
    }

    public void removeKeyframeRequestListener(Runnable listener) {
        keyframeRequestListeners.remove(listener);
    }

    /** Ends the track: no more frames are delivered. */
    public void stop() {
        readyState = ReadyState.ENDED;
    }

    void deliver(EncodedFrame frame) {
        if (readyState == ReadyState.ENDED) {
            return;
        }
        for (Consumer<EncodedFrame> l : frameListeners) {
            try {
                l.accept(frame);
            } catch (RuntimeException e) {
                LOG.warn("frame listener of track {} failed", id, e);
            }
        }
    }

    @Override
    public String toString() {
        return "MediaStreamTrack[" + kind.sdpName() + " " + id + (remote ? " remote" : "") + ", " + readyState + "]";
    }
}
