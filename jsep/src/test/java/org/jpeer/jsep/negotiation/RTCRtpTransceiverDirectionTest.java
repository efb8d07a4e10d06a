package org.jpeer.jsep.negotiation;

import static org.jpeer.jsep.negotiation.RTCRtpTransceiverDirection.INACTIVE;
import static org.jpeer.jsep.negotiation.RTCRtpTransceiverDirection.RECVONLY;
import static org.jpeer.jsep.negotiation.RTCRtpTransceiverDirection.SENDONLY;
import static org.jpeer.jsep.negotiation.RTCRtpTransceiverDirection.SENDRECV;
import static org.jpeer.jsep.negotiation.RTCRtpTransceiverDirection.STOPPED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RTCRtpTransceiverDirectionTest {

    @Test
    void answerReversesTheOfferAndKeepsWhatWeWant() {
        RTCRtpTransceiverDirection[] d = {SENDRECV, SENDONLY, RECVONLY, INACTIVE};
        // rows: offered; columns: local transceiver direction (RFC 9429 §5.3.1 table)
        RTCRtpTransceiverDirection[][] expected = {
            {SENDRECV, SENDONLY, RECVONLY, INACTIVE},
            {RECVONLY, INACTIVE, RECVONLY, INACTIVE},
            {SENDONLY, SENDONLY, INACTIVE, INACTIVE},
            {INACTIVE, INACTIVE, INACTIVE, INACTIVE},
        };
        for (int o = 0; o < d.length; o++) {
            for (int l = 0; l < d.length; l++) {
                assertEquals(expected[o][l], RTCRtpTransceiverDirection.answerTo(d[o], d[l]), d[o] + " vs " + d[l]);
            }
        }
        assertEquals(STOPPED, RTCRtpTransceiverDirection.answerTo(SENDRECV, STOPPED));
    }

    @Test
    void flagsAndNames() {
        assertEquals(SENDONLY, RTCRtpTransceiverDirection.of(true, false));
        assertEquals(RECVONLY, SENDONLY.reversed());
        assertEquals("recvonly", RECVONLY.w3cName());
        assertEquals(STOPPED, RTCRtpTransceiverDirection.fromW3c("stopped"));
    }
}
