package org.jpeer.cli;

import org.jpeer.jsep.RTCStats;
import org.jpeer.jsep.RTCStatsReport;

/** The loss-recovery figures of one peer's stats: what NACK/RTX and PLI did. */
final class Recovery {

    private Recovery() {
    }

    /** "name: received N lost L, sent N NACKs / K PLIs, retransmitted R packets". */
    static String describe(String name, RTCStatsReport report) {
        long lost = sum(report, "inbound-rtp", "packetsLost");
        long nacks = sum(report, "inbound-rtp", "nackCount");
        long plis = sum(report, "inbound-rtp", "pliCount");
        long retransmittedIn = sum(report, "inbound-rtp", "retransmittedPacketsReceived");
        long retransmittedOut = sum(report, "outbound-rtp", "retransmittedPacketsSent");
        return String.format("%s: %d packets lost, sent %d NACKs and %d PLIs, %d retransmissions received, %d sent",
                name, lost, nacks, plis, retransmittedIn, retransmittedOut);
    }

    private static long sum(RTCStatsReport report, String type, String field) {
        long total = 0;
        for (RTCStats s : report.ofType(type)) {
            if (s.get(field) instanceof Number n) {
                total += n.longValue();
            }
        }
        return total;
    }
}
