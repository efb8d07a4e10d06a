package org.jpeer.rtp.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jpeer.rtp.RtpPacket;
import org.jpeer.rtp.ext.TransportSequenceNumber;
import org.jpeer.rtp.feedback.NackResponder;
import org.jpeer.rtp.feedback.TransportSequencer;
import org.jpeer.rtp.feedback.TwccFeedbackGenerator;
import org.jpeer.rtp.rtcp.GenericNack;
import org.jpeer.rtp.rtcp.TransportCc;
import org.jpeer.rtp.sim.ChannelConditions;
import org.jpeer.rtp.sim.SimulatedChannel;
import org.junit.jupiter.api.Test;

class RtpPipelineTest {
    private static final int TWCC_ID = 5;

    private static RtpPacket packet(int seq) {
        return RtpPacket.builder().payloadType(96).ssrc(1).sequenceNumber(seq).payload(new byte[] {1, 2}).build();
    }

    private static int transportSequence(RtpPacket p) throws Exception {
        return TransportSequenceNumber.parse(p.extensions().get(TWCC_ID).orElseThrow()).sequence();
    }

    @Test
    void retransmissionsPassTheSendHooksAfterTheirMaker() throws Exception {
        NackResponder nacks = NackResponder.rtx(1, 2, 97, 500);
        RtpPipeline send = new RtpPipeline(List.of(nacks, new TransportSequencer(TWCC_ID, 0)));
        send.sendRtp(packet(10), 0);
        send.sendRtp(packet(11), 0);
        assertEquals(2, send.poll(0).rtp().size());
        send.receiveRtcp(List.of(new GenericNack(9, 1, List.of(10))), 5);
        RtpPacket rtx = send.poll(5).rtp().get(0);
        assertEquals(2, rtx.ssrc());
        assertEquals(500, rtx.sequenceNumber());
        assertEquals(2, transportSequence(rtx), "the RTX packet got the next transport-wide number");
        assertEquals(Map.of("nacksReceived", 1L, "packetsRetransmitted", 1L, "bytesRetransmitted", 4L,
                "requestedNotInHistory", 0L), nacks.counters());
    }

    @Test
    void aConsumedPacketStopsTheReceiveChain() {
        List<String> seen = new ArrayList<>();
        RtpInterceptor eat = new RtpInterceptor() {
            @Override
            public RtpPacket receiveRtp(RtpPacket p, long now, Outbox out) {
                seen.add("eat");
                return null;
            }
        };
        RtpInterceptor after = new RtpInterceptor() {
            @Override
            public RtpPacket receiveRtp(RtpPacket p, long now, Outbox out) {
                seen.add("after");
                return p;
            }
        };
        assertNull(new RtpPipeline(List.of(eat, after)).receiveRtp(packet(1), 0));
        assertEquals(List.of("eat"), seen);
    }

    @Test
    void twccFeedbackReportsWhatTheChannelDelivered() throws Exception {
        RtpPipeline send = new RtpPipeline(List.of(new TransportSequencer(TWCC_ID, 65530)));
        TwccFeedbackGenerator twcc = new TwccFeedbackGenerator(TWCC_ID, 9, 1, 100);
        RtpPipeline receive = new RtpPipeline(List.of(twcc));
        SimulatedChannel<RtpPacket> link = new SimulatedChannel<>(ChannelConditions.perfect(20).withLoss(0.1, 1), 2);
        Set<Integer> delivered = new HashSet<>();
        List<TransportCc> feedback = new ArrayList<>();
        for (long now = 0; now < 1000; now++) {
            if (now % 5 == 0) {
                send.sendRtp(packet((int) now), now);
                for (RtpPacket p : send.poll(now).rtp()) {
                    link.send(p, now);
                }
            }
            for (RtpPacket p : link.receive(now)) {
                delivered.add(transportSequence(p));
                receive.receiveRtp(p, now);
            }
            if (now >= receive.nextDeadline()) {
                receive.poll(now).rtcp().forEach(p -> feedback.add((TransportCc) p));
            }
        }
        assertEquals(9, feedback.size(), "one report per 100 ms after the first arrival");
        assertEquals(65530, feedback.get(0).baseSequence());
        assertEquals(8, feedback.get(8).feedbackCount());
        int expectedBase = 65530;
        for (TransportCc f : feedback) {
            assertEquals(expectedBase, f.baseSequence(), "reports are contiguous");
            for (int i = 0; i < f.packets().size(); i++) {
                assertEquals(delivered.contains((f.baseSequence() + i) & 0xFFFF), f.packets().get(i).received());
            }
            expectedBase = (expectedBase + f.packets().size()) & 0xFFFF;
        }
        assertEquals(20, feedback.get(0).packets().stream().filter(TransportCc.PacketStatus::received)
                .skip(1).findFirst().orElseThrow().deltaTicks(), "5 ms apart = 20 ticks of 250 us");
    }
}
