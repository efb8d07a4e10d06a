package org.jpeer.rtp.rtcp;

import java.util.List;
import org.jpeer.rtp.ByteIo;

/**
 * Full Intra Request (RFC 5104 section 4.3.1): PSFB, FMT 4. The header's media SSRC is 0; each
 * entry names a media sender and a command sequence number that the requester increments per new request.
 */
public record FullIntraRequest(long senderSsrc, List<Entry> entries) implements RtcpPacket {

    public static final int FMT = 4;

    /** One FCI entry: the media sender asked for a keyframe and the request's sequence number (0..255). */
    public record Entry(long ssrc, int sequenceNumber) {
        public Entry {
            ByteIo.checkUnsigned("ssrc", ssrc, 32);
            ByteIo.checkUnsigned("sequenceNumber", sequenceNumber, 8);
        }
    }

    public FullIntraRequest {
        ByteIo.checkUnsigned("senderSsrc", senderSsrc, 32);
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a FIR needs at least one entry");
        }
    }

    @Override
    public int size() {
        return 12 + 8 * entries.size();
    }

    @Override
    public int writeTo(byte[] buf, int off) {
        int size = size();
        RtcpPacket.writeHeader(buf, off, FMT, PSFB, size);
        ByteIo.put32(buf, off + 4, senderSsrc);
        ByteIo.put32(buf, off + 8, 0);
        for (int i = 0; i < entries.size(); i++) {
            int p = off + 12 + 8 * i;
            ByteIo.put32(buf, p, entries.get(i).ssrc());
            ByteIo.put32(buf, p + 4, (long) entries.get(i).sequenceNumber() << 24);
        }
        return size;
    }
}
