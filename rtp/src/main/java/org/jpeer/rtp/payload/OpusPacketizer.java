package org.jpeer.rtp.payload;

import java.util.List;

/** Opus over RTP (RFC 7587 section 4.2): one Opus packet per RTP payload, never fragmented. */
public final class OpusPacketizer implements Packetizer {

    @Override
    public List<byte[]> packetize(byte[] frame, int maxPayloadSize) {
        if (frame.length > maxPayloadSize) {
            throw new IllegalArgumentException("Opus frame of " + frame.length + " bytes exceeds the payload budget "
                    + maxPayloadSize + "; RFC 7587 does not fragment");
        }
        return List.of(frame);
    }

    @Override
    public boolean markerOnLastPacket() {
        return false;
    }
}
