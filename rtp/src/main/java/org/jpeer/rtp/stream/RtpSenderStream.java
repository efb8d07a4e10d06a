package org.jpeer.rtp.stream;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.concurrent.ThreadLocalRandom;
import org.jpeer.rtp.HeaderExtension;
import org.jpeer.rtp.HeaderExtensions;
import org.jpeer.rtp.RtpPacket;
import org.jpeer.rtp.payload.EncodedFrame;
import org.jpeer.rtp.payload.Packetizer;
import org.jpeer.rtp.rtcp.NtpTime;
import org.jpeer.rtp.rtcp.ReportBlock;
import org.jpeer.rtp.rtcp.SenderReport;

/**
 * One outgoing RTP stream (one SSRC): turns encoded frames into RTP packets and keeps what a
 * sender report needs. Not thread-safe: one peer connection's executor owns it.
 *
 * <pre>{@code
 * RtpSenderStream audio = RtpSenderStream.builder()
 *         .ssrc(0x1234).payloadType(111).clockRate(48000)
 *         .packetizer(new OpusPacketizer())
 *         .extension(midId, "0".getBytes(US_ASCII))
 *         .clock(clock)
 *         .build();
 * for (RtpPacket p : audio.packetize(source.next())) {
 *     transport.send(p.toBytes());
 * }
 * SenderReport sr = audio.senderReport(List.of());
 * }</pre>
 *
 * Sequence numbers and the timestamp offset start at random values (RFC 3550 section 5.1); a
 * frame's RTP timestamp is the source's timestamp plus that offset.
 */
public final class RtpSenderStream {

    private final long ssrc;
    private final int payloadType;
    private final int clockRate;
    private final Packetizer packetizer;
    private final int maxPayloadSize;
    private final HeaderExtensions extensions;
    private final InstantSource clock;
    private final long timestampOffset;

    private int nextSequence;
    private long lastRtpTimestamp;
    private long lastSendMillis = Long.MIN_VALUE;
    private long packetsSent;
    private long octetsSent;
    private long framesSent;
    private long roundTripMillis = -1;

    private RtpSenderStream(Builder b) {
        ssrc = b.ssrc;
        payloadType = b.payloadType;
        clockRate = b.clockRate;
        packetizer = Objects.requireNonNull(b.packetizer, "packetizer");
        maxPayloadSize = b.maxPayloadSize;
        clock = Objects.requireNonNull(b.clock, "clock");
        List<HeaderExtension> list = new ArrayList<>();
        b.extensions.forEach((id, data) -> list.add(new HeaderExtension(id, data.clone())));
        extensions = HeaderExtensions.of(list);
        nextSequence = b.random.nextInt(0x10000);
        timestampOffset = b.random.nextLong(0x1_0000_0000L);
        lastRtpTimestamp = timestampOffset;
        if (clockRate <= 0) {
            throw new IllegalArgumentException("clockRate " + clockRate + " must be positive");
        }
        new RtpPacket(false, payloadType, 0, 0, ssrc, List.of(), extensions, new byte[0], 0); // validates the fields
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The packets carrying {@code frame}, with consecutive sequence numbers; the marker ends a video frame. */
    public List<RtpPacket> packetize(EncodedFrame frame) {
        long timestamp = (timestampOffset + frame.rtpTimestamp()) & 0xFFFFFFFFL;
        List<byte[]> payloads = packetizer.packetize(frame.data(), maxPayloadSize);
        List<RtpPacket> packets = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            boolean last = i == payloads.size() - 1;
            byte[] payload = payloads.get(i);
            packets.add(new RtpPacket(last && packetizer.markerOnLastPacket(), payloadType, nextSequence, timestamp,
                    ssrc, List.of(), extensions, payload, 0));
            nextSequence = (nextSequence + 1) & 0xFFFF;
            packetsSent++;
            octetsSent += payload.length;
        }
        framesSent++;
        lastRtpTimestamp = timestamp;
        lastSendMillis = clock.millis();
        return packets;
    }

    /**
     * A sender report for now: the wallclock as NTP and the RTP timestamp it corresponds to,
     * extrapolated from the last frame sent at the stream's clock rate.
     */
    public SenderReport senderReport(List<ReportBlock> reports) {
        long now = clock.millis();
        long rtp = lastSendMillis == Long.MIN_VALUE
                ? lastRtpTimestamp
                : (lastRtpTimestamp + (now - lastSendMillis) * clockRate / 1000) & 0xFFFFFFFFL;
        return new SenderReport(ssrc, NtpTime.fromEpochMillis(now), rtp, packetsSent & 0xFFFFFFFFL,
                octetsSent & 0xFFFFFFFFL, reports);
    }

    /** Takes the remote's report block about this stream; updates {@link #roundTripMillis()} from LSR/DLSR. */
    public void onReportBlock(ReportBlock block) {
        long rtt = block.roundTripMillis(NtpTime.middle32(NtpTime.fromEpochMillis(clock.millis())));
        if (rtt >= 0) {
            roundTripMillis = rtt;
        }
    }

    public long ssrc() {
        return ssrc;
    }

    public int payloadType() {
        return payloadType;
    }

    public int clockRate() {
        return clockRate;
    }

    public long packetsSent() {
        return packetsSent;
    }

    /** Payload octets sent, as RFC 3550 counts them for SR. */
    public long octetsSent() {
        return octetsSent;
    }

    public long framesSent() {
        return framesSent;
    }

    /** The last round-trip time measured from a report block, or -1 before one arrived. */
    public long roundTripMillis() {
        return roundTripMillis;
    }

    /** Configures a {@link RtpSenderStream}; ssrc, payload type, clock rate, packetizer and clock are needed. */
    public static final class Builder {
        private long ssrc;
        private int payloadType;
        private int clockRate;
        private Packetizer packetizer;
        private int maxPayloadSize = Packetizer.DEFAULT_MAX_PAYLOAD;
        private final Map<Integer, byte[]> extensions = new LinkedHashMap<>();
        private InstantSource clock;
        private RandomGenerator random = ThreadLocalRandom.current();

        private Builder() {
        }

        public Builder ssrc(long v) {
            ssrc = v;
            return this;
        }

        public Builder payloadType(int v) {
            payloadType = v;
            return this;
        }

        public Builder clockRate(int v) {
            clockRate = v;
            return this;
        }

        public Builder packetizer(Packetizer v) {
            packetizer = v;
            return this;
        }

        public Builder maxPayloadSize(int v) {
            maxPayloadSize = v;
            return this;
        }

        /** A header extension carried on every packet, e.g. the negotiated {@code sdes:mid} id and the MID. */
        public Builder extension(int id, byte[] value) {
            extensions.put(id, value);
            return this;
        }

        public Builder clock(InstantSource v) {
            clock = v;
            return this;
        }

        /** Where the initial sequence number and timestamp offset come from; seed it for repeatable tests. */
        public Builder random(RandomGenerator v) {
            random = v;
            return this;
        }

        public RtpSenderStream build() {
            return new RtpSenderStream(this);
        }
    }
}
