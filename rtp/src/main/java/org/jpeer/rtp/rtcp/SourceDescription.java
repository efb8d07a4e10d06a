package org.jpeer.rtp.rtcp;

import java.util.List;

/**
 * A source description packet (RFC 3550 section 6.5), PT 202: up to 31 chunks.
 *
 * <pre>{@code new SourceDescription(List.of(SdesChunk.cname(ssrc, "jpeer-1")))}</pre>
 */
public record SourceDescription(List<SdesChunk> chunks) implements RtcpPacket {

    public SourceDescription {
        chunks = RtcpPacket.countable("chunks", chunks);
    }

    @Override
    public int size() {
        int n = 4;
        for (SdesChunk c : chunks) {
            n += c.size();
        }
        return n;
    }

    @Override
    public int writeTo(byte[] buf, int off) {
        int size = size();
        RtcpPacket.writeHeader(buf, off, chunks.size(), SDES, size);
        int p = off + 4;
        for (SdesChunk c : chunks) {
            p += c.writeTo(buf, p);
        }
        return size;
    }
}
