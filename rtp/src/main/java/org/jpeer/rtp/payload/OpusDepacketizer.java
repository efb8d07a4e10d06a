package org.jpeer.rtp.payload;

import org.jpeer.rtp.InvalidPacketException;
import org.jpeer.rtp.RtpPacket;

/**
 * Opus frames from RTP (RFC 7587): every non-empty payload is one whole frame. Going through the
 * assembler still drops duplicates and packets that arrive after a newer frame was delivered.
 */
public final class OpusDepacketizer extends FrameAssembler {

    @Override
    Fragment fragment(RtpPacket packet) throws InvalidPacketException {
        if (packet.payload().length == 0) {
            throw new InvalidPacketException("Opus: empty payload");
        }
        return new Fragment(packet, 0, true, true);
    }

    @Override
    EncodedFrame describe(byte[] data, long rtpTimestamp) {
        return EncodedFrame.audio(data, rtpTimestamp);
    }
}
