package org.jpeer.rtp.rtcp;

import org.jpeer.rtp.ByteIo;

/**
 * Picture Loss Indication (RFC 4585 section 6.3.1): PSFB, FMT 1, no FCI. Asks the sender of
 * {@code mediaSsrc} for a keyframe.
 */
public record PictureLossIndication(long senderSsrc, long mediaSsrc) implements RtcpPacket {

    public static final int FMT = 1;

    public PictureLossIndication {
        ByteIo.checkUnsigned("senderSsrc", senderSsrc, 32);
        ByteIo.checkUnsigned("mediaSsrc", mediaSsrc, 32);
    }

    @Override
    public int size() {
        return 12;
    }

    @Override
    public int writeTo(byte[] buf, int off) {
        RtcpPacket.writeHeader(buf, off, FMT, PSFB, 12);
        ByteIo.put32(buf, off + 4, senderSsrc);
        ByteIo.put32(buf, off + 8, mediaSsrc);
        return 12;
    }
}
