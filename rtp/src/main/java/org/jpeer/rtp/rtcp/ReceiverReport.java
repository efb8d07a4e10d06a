package org.jpeer.rtp.rtcp;

import java.util.List;
import org.jpeer.rtp.ByteIo;

/**
 * A receiver report (RFC 3550 section 6.4.2), PT 201.
 *
 * @param ssrc    the reporter
 * @param reports up to 31 report blocks
 */
public record ReceiverReport(long ssrc, List<ReportBlock> reports) implements RtcpPacket {

    public ReceiverReport {
        ByteIo.checkUnsigned("ssrc", ssrc, 32);
        reports = RtcpPacket.countable("reports", reports);
    }

    @Override
    public int size() {
        return 8 + ReportBlock.SIZE * reports.size();
    }

    @Override
    public int writeTo(byte[] buf, int off) {
        int size = size();
        RtcpPacket.writeHeader(buf, off, reports.size(), RR, size);
        ByteIo.put32(buf, off + 4, ssrc);
        for (int i = 0; i < reports.size(); i++) {
            reports.get(i).writeTo(buf, off + 8 + i * ReportBlock.SIZE);
        }
        return size;
    }
}
