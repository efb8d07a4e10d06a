package org.jpeer.cli;

import org.jpeer.jsep.RTCStats;
import org.jpeer.jsep.RTCStatsReport;

/** Turns successive {@code getStats} reports into the figures of a status line. */
final class TrafficMeter {
    private long lastBytes;
    private double lastTimestamp;

    /** "state, kbit/s in, packets, loss, RTT" of one peer. */
    String describe(String name, String state, RTCStatsReport report) {
        long bytes = 0;
        long packets = 0;
        long lost = 0;
        for (RTCStats s : report.ofType("inbound-rtp")) {
            bytes += s.getLong("bytesReceived");
            packets += s.getLong("packetsReceived");
            lost += s.getLong("packetsLost");
        }
        double now = report.ofType("transport").stream().findFirst().map(RTCStats::timestamp).orElse(0.0);
        double seconds = (now - lastTimestamp) / 1000.0;
        long kbps = lastTimestamp == 0 || seconds <= 0 ? 0 : Math.round((bytes - lastBytes) * 8 / seconds / 1000);
        lastBytes = bytes;
        lastTimestamp = now;
        String rtt = report.ofType("candidate-pair").stream().findFirst()
                .map(s -> s.get("currentRoundTripTime"))
                .map(v -> String.format("%.1f ms", ((Number) v).doubleValue() * 1000))
                .orElse("-");
        double lossPct = packets + lost == 0 ? 0 : 100.0 * lost / (packets + lost);
        return String.format("%s %s %d kbit/s %d pkts %.1f%% lost rtt %s", name, state, kbps, packets, lossPct, rtt);
    }
}
