package org.jpeer.rtp.payload;

import java.util.List;
import org.jpeer.rtp.RtpPacket;

/**
 * Reassembles frames from the RTP packets of one stream, in any arrival order.
 *
 * <pre>{@code
 * Depacketizer vp8 = new Vp8Depacketizer();
 * for (RtpPacket p : received) {
 *     for (EncodedFrame f : vp8.push(p)) {
 *         decode(f);
 *     }
 * }
 * }</pre>
 */
public interface Depacketizer {

    /**
     * Accepts one packet; returns the frames it completed, oldest first (usually zero or one).
     * A frame is never emitted after a newer one; an older incomplete frame is then given up and counted.
     */
    List<EncodedFrame> push(RtpPacket packet);

    /** Frames emitted so far. */
    long framesAssembled();

    /** Frames given up incomplete (a packet missing, or overtaken by newer frames). */
    long framesDropped();

    /** Packets rejected: malformed payload, duplicate, or too late to be used. */
    long packetsDiscarded();
}
