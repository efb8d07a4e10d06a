package org.jpeer.rtp.payload;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jpeer.rtp.InvalidPacketException;
import org.jpeer.rtp.RtpPacket;

/**
 * Frame assembly for payload formats whose packets do not flag a frame's first packet (H.264,
 * AV1): a packet begins a frame when the packet just before it in sequence carried the marker or
 * another timestamp. When that packet has not been seen, the format decides from the payload
 * alone (an access unit delimiter, an SPS, a new coded video sequence), otherwise the frame waits
 * for its predecessor or is given up once a newer frame completes.
 *
 * <p>These formats also rebuild the frame from whole payloads (a fragmented NAL unit or OBU
 * needs the header of its first fragment), so each payload is kept with a 2-byte length prefix
 * and handed back as a list to {@link #assemble}.
 */
abstract class TimestampFrameAssembler extends FrameAssembler {

    private static final int HISTORY = MAX_BUFFERED_PACKETS;

    /** Sequence number, timestamp and marker of recent packets, indexed by sequence number modulo {@link #HISTORY}. */
    private final int[] seenSequence = new int[HISTORY];
    private final long[] seenTimestamp = new long[HISTORY];
    private final boolean[] seenMarker = new boolean[HISTORY];

    TimestampFrameAssembler() {
        Arrays.fill(seenSequence, -1);
    }

    /**
     * Checks a payload's structure and says whether it can only be the first packet of a frame.
     *
     * @throws InvalidPacketException when the payload is malformed or uses a mode we do not support
     */
    abstract boolean validate(byte[] payload) throws InvalidPacketException;

    /** Builds the frame from its payloads in sequence order (each a read-only buffer over one payload). */
    abstract EncodedFrame assemble(List<ByteBuffer> payloads, long rtpTimestamp);

    @Override
    final Fragment fragment(RtpPacket packet) throws InvalidPacketException {
        byte[] payload = packet.payload();
        if (payload.length > 0xFFFF) {
            throw new InvalidPacketException("payload of " + payload.length + " bytes exceeds a UDP datagram");
        }
        boolean firstByContent = validate(payload);
        int seq = packet.sequenceNumber();
        int before = (seq - 1) & 0xFFFF;
        int slot = before % HISTORY;
        boolean starts = seenSequence[slot] == before
                ? seenMarker[slot] || seenTimestamp[slot] != packet.timestamp()
                : firstByContent;
        int own = seq % HISTORY;
        seenSequence[own] = seq;
        seenTimestamp[own] = packet.timestamp();
        seenMarker[own] = packet.marker();
        byte[] framed = new byte[2 + payload.length];
        framed[0] = (byte) (payload.length >>> 8);
        framed[1] = (byte) payload.length;
        System.arraycopy(payload, 0, framed, 2, payload.length);
        return new Fragment(packet.toBuilder().payload(framed).build(), 0, starts, packet.marker());
    }

    @Override
    final EncodedFrame describe(byte[] data, long rtpTimestamp) {
        List<ByteBuffer> payloads = new ArrayList<>();
        for (int p = 0; p + 2 <= data.length; ) {
            int n = (data[p] & 0xFF) << 8 | (data[p + 1] & 0xFF);
            payloads.add(ByteBuffer.wrap(data, p + 2, n).slice().asReadOnlyBuffer());
            p += 2 + n;
        }
        return assemble(payloads, rtpTimestamp);
    }
}
