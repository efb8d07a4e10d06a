package org.jpeer.rtp.rtcp;

import java.util.List;
import org.jpeer.rtp.ByteIo;

/**
 * A sender report (RFC 3550 section 6.4.1), PT 200. Profile-specific extensions are not kept.
 *
 * @param ssrc          the sender
 * @param ntpTimestamp  64-bit NTP wallclock time when this report was sent (see {@link NtpTime})
 * @param rtpTimestamp  the same instant in the RTP clock of the stream
 * @param packetCount   packets sent since the start
 * @param octetCount    payload octets sent since the start
 * @param reports       up to 31 report blocks
 */
public record SenderReport(long ssrc, long ntpTimestamp, long rtpTimestamp, long packetCount, long octetCount,
                           List<ReportBlock> reports) implements RtcpPacket {

    public SenderReport {
        ByteIo.checkUnsigned("ssrc", ssrc, 32);
        ByteIo.checkUnsigned("rtpTimestamp", rtpTimestamp, 32);
        ByteIo.checkUnsigned("packetCount", packetCount, 32);
        ByteIo.checkUnsigned("octetCount", octetCount, 32);
        reports = RtcpPacket.countable("reports", reports);
    }

    @Override
    public int size() {
        return 28 + ReportBlock.SIZE * reports.size();
    }

    @Override
    public int writeTo(byte[] buf, int off) {
        int size = size();
        RtcpPacket.writeHeader(buf, off, reports.size(), SR, size);
        ByteIo.put32(buf, off + 4, ssrc);
        ByteIo.put64(buf, off + 8, ntpTimestamp);
        ByteIo.put32(buf, off + 16, rtpTimestamp);
        ByteIo.put32(buf, off + 20, packetCount);
        ByteIo.put32(buf, off + 24, octetCount);
        for (int i = 0; i < reports.size(); i++) {
            reports.get(i).writeTo(buf, off + 28 + i * ReportBlock.SIZE);
        }
        return size;
    }
}
