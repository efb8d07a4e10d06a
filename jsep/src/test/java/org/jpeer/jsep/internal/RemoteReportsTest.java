package org.jpeer.jsep.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jpeer.rtp.rtcp.ReceiverReport;
import org.jpeer.rtp.rtcp.ReportBlock;
import org.jpeer.rtp.rtcp.SenderReport;
import org.junit.jupiter.api.Test;

class RemoteReportsTest {
    private final RemoteReports reports = new RemoteReports();

    private static ReportBlock block(long ssrc, int lost) {
        return new ReportBlock(ssrc, 0, lost, 100, 0, 0, 0);
    }

    @Test
    void keepsTheLatestBlockAboutEachOfOurStreamsAndCountsThem() {
        reports.onRtcp(List.of(new ReceiverReport(9, List.of(block(1, 2)))), 1000);
        reports.onRtcp(List.of(new SenderReport(7, 0, 0, 50, 5000, List.of(block(1, 3)))), 2000);
        RemoteReports.Block b = reports.aboutOurStream(1).orElseThrow();
        assertEquals(3, b.block().cumulativeLost());
        assertEquals(2000, b.arrivalMillis());
        assertEquals(2, b.count());
        RemoteReports.Sent sent = reports.ofTheirStream(7).orElseThrow();
        assertEquals(50, sent.report().packetCount());
        assertEquals(1, sent.count());
        assertTrue(reports.aboutOurStream(7).isEmpty());
    }

    @Test
    void aFloodOfSsrcsIsBounded() {
        for (long ssrc = 1; ssrc <= 1000; ssrc++) {
            reports.onRtcp(List.of(new ReceiverReport(9, List.of(block(ssrc, 0)))), 0);
        }
        assertTrue(reports.aboutOurStream(RemoteReports.MAX_SSRCS).isPresent());
        assertTrue(reports.aboutOurStream(RemoteReports.MAX_SSRCS + 1).isEmpty());
    }
}
