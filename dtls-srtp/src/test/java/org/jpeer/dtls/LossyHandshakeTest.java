package org.jpeer.dtls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Handshakes still complete when the path loses datagrams; RFC 6347 retransmission does the work. */
class LossyHandshakeTest {

    private static RTCCertificate alice;
    private static RTCCertificate bob;

    @BeforeAll
    static void certificates() {
        alice = RTCCertificate.generate();
        bob = RTCCertificate.generate();
    }

    @ParameterizedTest(name = "{0} loss, seed {1}")
    @CsvSource({"0.10, 1", "0.10, 2", "0.10, 3", "0.30, 1", "0.30, 2", "0.30, 3", "0.30, 4"})
    void completesDespiteLoss(double loss, long seed) throws Exception {
        DtlsConfig left = MemoryLink.config(alice).initialRetransmit(Duration.ofMillis(20))
                .handshakeTimeout(Duration.ofSeconds(20)).build();
        DtlsConfig right = MemoryLink.config(bob).initialRetransmit(Duration.ofMillis(20))
                .handshakeTimeout(Duration.ofSeconds(20)).build();
        try (MemoryLink link = new MemoryLink(left, right, loss, seed)) {
            link.startLeftAsClient();
            SrtpSession client = link.left.handshake().get(30, TimeUnit.SECONDS);
            SrtpSession server = link.right.handshake().get(30, TimeUnit.SECONDS);
            assertEquals(client.profile(), server.profile());
            DtlsTransportTest.assertRtpFlows(client, server, 1);
            DtlsTransportTest.assertRtpFlows(server, client, 2);
            assertTrue(link.delivered.get() > 0);
        }
    }
}
