package org.jpeer.jsep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import java.util.stream.Collectors;
import org.jpeer.jsep.negotiation.MediaKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** getStats() after a call with media both ways: every W3C type, cross-references that resolve, JSON like a page's. */
@Timeout(30)
class StatsTest {

    @Test
    void aCallReportsEveryStatsTypeWithReferencesThatResolve() throws Exception {
        try (TestPeer a = new TestPeer(); TestPeer b = new TestPeer()) {
            a.send(MediaKind.AUDIO);
            a.send(MediaKind.VIDEO);
            b.send(MediaKind.AUDIO);
            TestPeer.connect(a, b);
            // RTCP goes once a second: wait for the peer's reports about our streams and its own.
            // The RTT needs a report block that answers one of our sender reports: the second round.
            TestPeer.await(() -> remoteStatsComplete(a.pc.getStats().join()), () -> "remote stats on a: " + a.pc.getStats().join().toJson());
            RTCStatsReport report = a.pc.getStats().join();

            for (String type : new String[] {"peer-connection", "transport", "candidate-pair", "local-candidate",
                    "remote-candidate", "certificate", "codec", "inbound-rtp", "outbound-rtp", "remote-inbound-rtp",
                    "remote-outbound-rtp"}) {
                assertFalse(report.ofType(type).isEmpty(), type);
            }
            RTCStats transport = report.ofType("transport").get(0);
            RTCStats pair = report.get(transport.getString("selectedCandidatePairId")).orElseThrow();
            assertTrue(report.get(pair.getString("localCandidateId")).isPresent());
            assertTrue(report.get(pair.getString("remoteCandidateId")).isPresent());
            for (String field : new String[] {"codecId", "remoteId", "localId", "transportId"}) {
                for (RTCStats s : report.asMap().values()) {
                    if (s.get(field) != null) {
                        assertTrue(report.get(s.getString(field)).isPresent(), s.id() + "." + field + " resolves");
                    }
                }
            }

            RTCStats remoteInbound = report.ofType("remote-inbound-rtp").stream()
                    .filter(s -> "audio".equals(s.get("kind"))).findFirst().orElseThrow();
            // Values depend on the machine's load (loopback drops when a socket buffer fills); the shape does not.
            assertTrue(remoteInbound.get("packetsLost") instanceof Integer lost && lost >= 0, remoteInbound.toString());
            assertTrue(remoteInbound.get("fractionLost") instanceof Double f && f >= 0 && f <= 1, remoteInbound.toString());
            assertTrue(remoteInbound.get("jitter") instanceof Double j && j >= 0, remoteInbound.toString());
            assertTrue(remoteInbound.get("roundTripTime") instanceof Double rtt && rtt >= 0, remoteInbound.toString());
            RTCStats remoteOutbound = report.ofType("remote-outbound-rtp").get(0);
            assertTrue(remoteOutbound.getLong("packetsSent") > 0);
            assertEquals(remoteOutbound.id(), report.ofType("inbound-rtp").stream()
                    .filter(s -> "audio".equals(s.get("kind"))).findFirst().orElseThrow().get("remoteId"));

            Set<Long> payloadTypes = report.ofType("codec").stream().map(c -> c.getLong("payloadType")).collect(Collectors.toSet());
            assertTrue(payloadTypes.contains(111L), "Opus " + payloadTypes);
            assertTrue(payloadTypes.size() >= 3, "a codec per negotiated payload type, not only those in use: " + payloadTypes);

            JsonNode json = new ObjectMapper().readTree(report.toJson());
            JsonNode t = json.get(transport.id());
            assertEquals("transport", t.get("type").asText());
            assertEquals("connected", t.get("dtlsState").asText());
            assertTrue(json.get(remoteInbound.id()).get("roundTripTime").isNumber());
        }
    }

    private static boolean remoteStatsComplete(RTCStatsReport r) {
        return r.ofType("remote-outbound-rtp").size() == 1 && r.ofType("remote-inbound-rtp").size() == 2
                && r.ofType("remote-inbound-rtp").stream().allMatch(s -> s.get("roundTripTime") != null);
    }
}
