package org.jpeer.jsep.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jpeer.rtp.rtcp.ReceiverReport;
import org.jpeer.rtp.rtcp.ReportBlock;
import org.jpeer.rtp.rtcp.RtcpPacket;
import org.jpeer.rtp.rtcp.SenderReport;

/**
 * The latest RTCP reports the peer sent, for {@code getStats()}: its report block about each of
 * our streams ({@code remote-inbound-rtp}) and its sender report for each of its streams
 * ({@code remote-outbound-rtp}). Pure; tables are bounded, so a flood of SSRCs cannot grow them.
 */
public final class RemoteReports {
    /** SSRCs remembered per table at most; further ones are ignored (counted by nothing: stats only). */
    static final int MAX_SSRCS = 64;

    /** A report block about one of our streams, when it arrived, and how many came. */
    public record Block(ReportBlock block, long arrivalMillis, long count) {
    }

    /** A sender report about one of the peer's streams, when it arrived, and how many came. */
    public record Sent(SenderReport report, long arrivalMillis, long count) {
    }

    private final Map<Long, Block> blocks = new HashMap<>();
    private final Map<Long, Sent> senderReports = new HashMap<>();

    public void onRtcp(List<RtcpPacket> packets, long nowMillis) {
        for (RtcpPacket p : packets) {
            if (p instanceof SenderReport sr) {
                Sent last = senderReports.get(sr.ssrc());
                put(senderReports, sr.ssrc(), new Sent(sr, nowMillis, last == null ? 1 : last.count() + 1));
                sr.reports().forEach(b -> onBlock(b, nowMillis));
            } else if (p instanceof ReceiverReport rr) {
                rr.reports().forEach(b -> onBlock(b, nowMillis));
            }
        }
    }

    private void onBlock(ReportBlock b, long nowMillis) {
        Block last = blocks.get(b.ssrc());
        put(blocks, b.ssrc(), new Block(b, nowMillis, last == null ? 1 : last.count() + 1));
    }

    private static <T> void put(Map<Long, T> table, long ssrc, T value) {
        if (table.size() < MAX_SSRCS || table.containsKey(ssrc)) {
            table.put(ssrc, value);
        }
    }

    /** The peer's last report block about our stream {@code ssrc}. */
    public Optional<Block> aboutOurStream(long ssrc) {
        return Optional.ofNullable(blocks.get(ssrc));
    }

    /** The peer's last sender report for its stream {@code ssrc}. */
    public Optional<Sent> ofTheirStream(long ssrc) {
        return Optional.ofNullable(senderReports.get(ssrc));
    }
}
