package org.jpeer.jsep.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SdpValidatorTest {
    private static final String FP = "a=fingerprint:sha-256 " + "AB:".repeat(31) + "AB\r\n";
    private static final String HEAD = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n";
    private static final String ICE = "a=ice-ufrag:abcd\r\na=ice-pwd:0123456789012345678901\r\n";

    private static List<SdpViolation> check(String text) {
        return SdpValidator.validate(SdpParser.parseWithLines(text));
    }

    static Stream<String> fixtures() {
        return Fixtures.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyCapturedDescriptionFollowsTheRules(String name) {
        assertEquals(List.of(), check(Fixtures.text(name)), name);
    }

    @Test
    void bundleGroupMustNameExistingMids() {
        List<SdpViolation> v = check(HEAD + "a=group:BUNDLE 0 9\r\n" + FP
                + "m=audio 9 UDP/TLS/RTP/SAVPF 0\r\na=mid:0\r\n" + ICE);
        assertEquals(List.of(new SdpViolation(5, "a=group:BUNDLE 0 9",
                "BUNDLE group names mid '9', which no m-section has")), v);
    }

    @Test
    void everyUsedSectionNeedsIceCredentialsAndAFingerprint() {
        List<SdpViolation> v = check(HEAD + "m=audio 9 UDP/TLS/RTP/SAVPF 0\r\na=mid:0\r\n"
                + "m=video 0 UDP/TLS/RTP/SAVPF 96\r\na=mid:1\r\n");
        assertEquals(List.of(
                new SdpViolation(5, "m=audio 9 UDP/TLS/RTP/SAVPF 0", "no a=ice-ufrag in the m-section, its BUNDLE group or the session"),
                new SdpViolation(5, "m=audio 9 UDP/TLS/RTP/SAVPF 0", "no a=ice-pwd in the m-section, its BUNDLE group or the session"),
                new SdpViolation(5, "m=audio 9 UDP/TLS/RTP/SAVPF 0", "no a=fingerprint in the m-section, its BUNDLE group or the session")),
                v, "the rejected video section is not checked");
    }

    @Test
    void bundledSectionsMayLeaveTransportToTheTaggedSection() {
        String text = HEAD + "a=group:BUNDLE a v\r\n"
                + "m=audio 9 UDP/TLS/RTP/SAVPF 0\r\na=mid:a\r\n" + ICE + FP
                + "m=video 0 UDP/TLS/RTP/SAVPF 96\r\na=mid:v\r\na=bundle-only\r\na=rtpmap:96 VP8/90000\r\n";
        assertEquals(List.of(), check(text));
    }

    @Test
    void payloadTypesAndRtxAptMustBeDefined() {
        List<SdpViolation> v = check(HEAD + FP + "m=video 9 UDP/TLS/RTP/SAVPF 96 97 98 99 0\r\na=mid:0\r\n" + ICE
                + "a=rtpmap:96 VP8/90000\r\na=rtpmap:97 rtx/90000\r\na=fmtp:97 apt=100\r\n"
                + "a=rtpmap:99 rtx/90000\r\n");
        assertEquals(List.of(
                "line 6 'm=video 9 UDP/TLS/RTP/SAVPF 96 97 98 99 0': dynamic payload type 98 has no a=rtpmap",
                "line 12 'a=fmtp:97 apt=100': rtx apt=100 is not a format of this m-section",
                "line 6 'm=video 9 UDP/TLS/RTP/SAVPF 96 97 98 99 0': rtx payload type 99 has no a=fmtp with apt (RFC 4588 §8.6)"),
                v.stream().map(SdpViolation::toString).toList());
    }

    @Test
    void midsAreUniqueAndCredentialsLongEnoughAndSetupLegal() {
        List<SdpViolation> v = check(HEAD + FP + "a=ice-ufrag:abc\r\na=ice-pwd:short\r\n"
                + "m=audio 9 UDP/TLS/RTP/SAVPF 0\r\na=mid:0\r\na=setup:holdconn\r\n"
                + "m=audio 9 UDP/TLS/RTP/SAVPF 0\r\na=mid:0\r\n");
        assertEquals(List.of(
                "line 12 'a=mid:0': mid '0' is used by m-section 0 too",
                "line 6 'a=ice-ufrag:abc': ice-ufrag must have at least 4 characters (RFC 8839 §5.4)",
                "line 7 'a=ice-pwd:short': ice-pwd must have at least 22 characters (RFC 8839 §5.4)",
                "line 10 'a=setup:holdconn': setup:holdconn is not allowed in WebRTC (RFC 8842 §5.1)"),
                v.stream().map(SdpViolation::toString).toList());
    }

    @Test
    void builtDescriptionsAreValidatedThroughTheirText() {
        SessionDescription built = Fixtures.parse("chrome-offer.sdp").toBuilder().removeAttributes(Group.class).build();
        assertEquals(List.of(), SdpValidator.validate(built));
    }
}
