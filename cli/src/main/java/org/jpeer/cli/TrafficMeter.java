package org.jpeer.cli;

import org.jpeer.jsep.RTCPeerConnection;
import org.jpeer.jsep.RTCStats;
import org.jpeer.jsep.RTCStatsReport;

/** Turns one connection's successive {@code getStats} reports into the figures of a status line. */
final class TrafficMeter {
    private final String name;
    private final RTCPeerConnection pc;
    private long lastBytes;
    private double lastTimestamp;

    TrafficMeter(String name, RTCPeerConnection pc) {
        this.name = name;
        this.pc = pc;
    }

    /** "name state, kbit/s in, packets, loss, RTT" now. */
    String describe() {
        return describe(pc.connectionState().w3cName(), pc.getStats().join());
    }

    private String describe(String state, RTCStatsReport report) {
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
