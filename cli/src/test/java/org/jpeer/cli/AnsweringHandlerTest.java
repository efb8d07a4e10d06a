package org.jpeer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jpeer.jsep.RTCConfiguration;
import org.jpeer.jsep.RTCPeerConnection;
import org.jpeer.jsep.RTCSessionDescription;
import org.jpeer.jsep.negotiation.MediaKind;
import org.jpeer.jsep.negotiation.RTCRtpTransceiverDirection;
import org.jpeer.signaling.SignalingServer;
import org.jpeer.signaling.WhipClient;
import org.jpeer.signaling.WhipSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each answered session's connection and media are freed when the client deletes the session. */
@Timeout(30)
class AnsweringHandlerTest {

    @Test
    void deleteClosesTheConnectionAndItsMedia() throws Exception {
        CountDownLatch mediaClosed = new CountDownLatch(1);
        AnsweringHandler handler = new AnsweringHandler(RTCConfiguration.defaults(), pc -> mediaClosed::countDown);
        try (SignalingServer server = SignalingServer.builder().whip("/whip", handler).start();
             RTCPeerConnection client = new RTCPeerConnection(RTCConfiguration.defaults())) {
            client.addTransceiver(MediaKind.AUDIO, RTCRtpTransceiverDirection.SENDONLY);
            client.setLocalDescription(client.createOffer().join()).join();
            client.whenIceGatheringComplete().get(10, TimeUnit.SECONDS);
            WhipSession session = WhipClient.builder(URI.create(Serving.baseUrl(server) + "/whip")).build()
                    .post(client.localDescription().sdp()).join();
            client.setRemoteDescription(RTCSessionDescription.answer(session.answerSdp())).join();
            new ConnectionWatch("client", client).awaitConnected(Duration.ofSeconds(10));
            assertEquals(1, server.sessionCount());

            session.delete().join();

            assertEquals(true, mediaClosed.await(5, TimeUnit.SECONDS), "session media closed");
            assertEquals(0, server.sessionCount());
        }
    }
}
