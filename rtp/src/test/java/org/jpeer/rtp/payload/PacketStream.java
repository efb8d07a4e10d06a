package org.jpeer.rtp.payload;

import java.util.ArrayList;
import java.util.List;
import org.jpeer.rtp.RtpPacket;

/** Turns frames into RTP packets the way a sender stream does: consecutive sequence numbers, marker on the last. */
final class PacketStream {

    private final Packetizer packetizer;
    private final int maxPayload;
    private int sequence;

    PacketStream(Packetizer packetizer, int maxPayload, int firstSequence) {
        this.packetizer = packetizer;
        this.maxPayload = maxPayload;
        this.sequence = firstSequence;
    }

    List<RtpPacket> packets(EncodedFrame frame) {
        List<byte[]> payloads = packetizer.packetize(frame.data(), maxPayload);
        List<RtpPacket> out = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            out.add(RtpPacket.builder().payloadType(96).sequenceNumber(sequence++ & 0xFFFF)
                    .timestamp(frame.rtpTimestamp()).ssrc(1)
                    .marker(packetizer.markerOnLastPacket() && i == payloads.size() - 1)
                    .payload(payloads.get(i)).build());
        }
        return out;
    }

    /** Pushes packets and collects what the depacketizer emits. */
    static List<EncodedFrame> pushAll(Depacketizer d, List<RtpPacket> packets) {
        List<EncodedFrame> out = new ArrayList<>();
        for (RtpPacket p : packets) {
            out.addAll(d.push(p));
        }
        return out;
    }
}
