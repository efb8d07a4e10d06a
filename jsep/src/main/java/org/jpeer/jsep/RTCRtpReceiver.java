package org.jpeer.jsep;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jpeer.jsep.internal.InboundStream;

/**
 * Receives the RTP of one m-section and hands the assembled frames to its remote track
 * (W3C {@code RTCRtpReceiver}).
 *
 * <pre>{@code
 * pc.onTrack(e -> {
 *     MediaStreamTrack t = e.receiver().track();
 *     t.onFrame(frame -> writer.write(frame));
 * });
 * }</pre>
 */
public final class RTCRtpReceiver {
    /** Remote SSRCs per receiver kept at most; more are dropped and counted by the connection. */
    static final int MAX_STREAMS = 8;

    private final MediaStreamTrack track;
    private final Map<Long, InboundStream> streams = new LinkedHashMap<>();

    RTCRtpReceiver(MediaStreamTrack track) {
        this.track = track;
    }

    public MediaStreamTrack track() {
        return track;
    }

    /** On the connection's executor. */
    InboundStream stream(long ssrc) {
        return streams.get(ssrc);
    }

    boolean addStream(long ssrc, InboundStream stream) {
        if (streams.size() >= MAX_STREAMS) {
            return false;
        }
        streams.put(ssrc, stream);
        return true;
    }

    Collection<InboundStream> streams() {
        return streams.values();
    }

    /** Its transceiver stopped: the remote track ends and no stream is kept. */
    void end() {
        track.stop();
        streams.clear();
    }
}
