package org.jpeer.jsep.negotiation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodecNegotiationTest {

    private static final List<RtcpFeedback> CHROME_VIDEO_FB = List.of(RtcpFeedback.of("goog-remb"),
            RtcpFeedback.of("transport-cc"), new RtcpFeedback("ccm", "fir"), RtcpFeedback.of("nack"),
            new RtcpFeedback("nack", "pli"));

    private static RtpCodec video(int pt, String name, String fmtp) {
        return new RtpCodec(pt, name, 90000, 0, FmtpParameters.parse(fmtp), CHROME_VIDEO_FB);
    }

    private static RtpCodec rtx(int pt, int apt) {
        return new RtpCodec(pt, "rtx", 90000, 0, Map.of("apt", Integer.toString(apt)), List.of());
    }

    private static List<Integer> pts(List<RtpCodec> codecs) {
        return codecs.stream().map(RtpCodec::payloadType).toList();
    }

    @Test
    void h264MatchesByProfileWhateverTheLevel() {
        CodecCapability local = LocalCapabilities.H264;
        assertTrue(CodecNegotiation.matches(video(102, "H264", "packetization-mode=1;profile-level-id=42e034"), local));
        assertTrue(CodecNegotiation.matches(video(102, "h264", "packetization-mode=1;profile-level-id=42c00b"), local));
        assertFalse(CodecNegotiation.matches(video(102, "H264", "packetization-mode=1;profile-level-id=42001f"), local),
                "Baseline is not Constrained Baseline");
        assertFalse(CodecNegotiation.matches(video(102, "H264", "packetization-mode=1;profile-level-id=64001f"), local));
        assertFalse(CodecNegotiation.matches(video(102, "H264", "packetization-mode=0;profile-level-id=42e01f"), local),
                "packetization-mode must match");
        assertTrue(CodecNegotiation.matches(video(102, "H264", "profile-level-id=42e01f"), LocalCapabilities.H264_SINGLE_NAL),
                "absent packetization-mode is mode 0");
        assertFalse(CodecNegotiation.matches(video(102, "H264", "packetization-mode=1;profile-level-id=zzzzzz"), local));
    }

    @Test
    void h264AnswerLevelIsOursWithAsymmetryElseTheLowerOne() {
        Map<String, String> ours = LocalCapabilities.H264.fmtp();
        assertEquals("42e034", CodecNegotiation.answerProfileLevelId(
                FmtpParameters.parse("level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e034"),
                Map.of("level-asymmetry-allowed", "0", "packetization-mode", "1", "profile-level-id", "42e034")));
        assertEquals("42e01f", CodecNegotiation.answerProfileLevelId(
                FmtpParameters.parse("level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e034"), ours));
        assertEquals("42e00b", CodecNegotiation.answerProfileLevelId(
                FmtpParameters.parse("packetization-mode=1;profile-level-id=42e00b"), ours));
        assertEquals("42c01f", CodecNegotiation.answerProfileLevelId(
                FmtpParameters.parse("packetization-mode=1;profile-level-id=42c028"), ours),
                "the offer's profile bytes, the lower level");
    }

    @Test
    void vp9AndAv1MatchOnTheirProfile() {
        assertTrue(CodecNegotiation.matches(video(98, "VP9", "profile-id=0"), LocalCapabilities.VP9));
        assertTrue(CodecNegotiation.matches(video(98, "VP9", ""), LocalCapabilities.VP9), "absent profile-id is 0");
        assertFalse(CodecNegotiation.matches(video(100, "VP9", "profile-id=2"), LocalCapabilities.VP9));
        assertTrue(CodecNegotiation.matches(video(45, "AV1", "level-idx=5;profile=0;tier=0"), LocalCapabilities.AV1));
        assertFalse(CodecNegotiation.matches(video(45, "AV1", "profile=1"), LocalCapabilities.AV1));
    }

    @Test
    void audioChannelsAndClockRateMustMatch() {
        assertTrue(CodecNegotiation.matches(new RtpCodec(111, "OPUS", 48000, 2, Map.of(), List.of()), LocalCapabilities.OPUS));
        assertFalse(CodecNegotiation.matches(new RtpCodec(111, "opus", 48000, 0, Map.of(), List.of()), LocalCapabilities.OPUS));
        assertFalse(CodecNegotiation.matches(new RtpCodec(111, "opus", 16000, 2, Map.of(), List.of()), LocalCapabilities.OPUS));
    }

    @Test
    void chromeVideoOfferKeepsOfferPayloadTypesAndRtxOnlyForKeptPrimaries() {
        List<RtpCodec> offer = List.of(
                video(96, "VP8", ""), rtx(97, 96),
                video(102, "H264", "level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42001f"), rtx(103, 102),
                video(104, "H264", "level-asymmetry-allowed=1;packetization-mode=0;profile-level-id=42001f"), rtx(105, 104),
                video(106, "H264", "level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f"), rtx(107, 106),
                video(108, "H264", "level-asymmetry-allowed=1;packetization-mode=0;profile-level-id=42e01f"), rtx(109, 108),
                video(98, "VP9", "profile-id=0"), rtx(99, 98),
                video(100, "VP9", "profile-id=2"), rtx(101, 100),
                video(39, "AV1", "level-idx=5;profile=0;tier=0"), rtx(40, 39),
                video(112, "H264", "level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=64001f"), rtx(113, 112),
                video(114, "red", ""), rtx(115, 114), video(116, "ulpfec", ""),
                rtx(117, 127));
        List<RtpCodec> answer = CodecNegotiation.answer(offer, MediaKind.VIDEO, LocalCapabilities.defaults());
        assertEquals(List.of(96, 97, 106, 107, 108, 109, 98, 99, 39, 40), pts(answer));
        RtpCodec h264 = answer.get(2);
        assertEquals("H264", h264.name());
        assertEquals(FmtpParameters.parse("level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f"), h264.fmtp());
        assertEquals(CHROME_VIDEO_FB, h264.rtcpFeedback());
        assertEquals(Map.of("apt", "106"), answer.get(3).fmtp());
    }

    @Test
    void withoutRtxNoRtxIsAnswered() {
        LocalCapabilities noRtx = LocalCapabilities.builder().rtx(false).onlyVideoCodec("vp8").build();
        List<RtpCodec> answer = CodecNegotiation.answer(List.of(video(96, "VP8", ""), rtx(97, 96), video(98, "VP9", "")),
                MediaKind.VIDEO, noRtx);
        assertEquals(List.of(96), pts(answer));
    }

    @Test
    void feedbackIsTheIntersectionInOfferOrder() {
        RtpCodec offered = new RtpCodec(96, "VP8", 90000, 0, Map.of(),
                List.of(new RtcpFeedback("nack", "pli"), RtcpFeedback.of("goog-lntf"), RtcpFeedback.of("nack"),
                        new RtcpFeedback("ccm", "tmmbr")));
        RtpCodec answered = CodecNegotiation.answer(List.of(offered), MediaKind.VIDEO, LocalCapabilities.defaults()).get(0);
        assertEquals(List.of(new RtcpFeedback("nack", "pli"), RtcpFeedback.of("nack")), answered.rtcpFeedback());
    }

    @Test
    void redIsKeptOnlyWhenEnabledAndItsPayloadTypesAreKept() {
        RtpCodec opus = new RtpCodec(111, "opus", 48000, 2, FmtpParameters.parse("minptime=10;useinbandfec=1"),
                List.of(RtcpFeedback.of("transport-cc")));
        RtpCodec red = new RtpCodec(63, "red", 48000, 2, FmtpParameters.parse("111/111"), List.of());
        RtpCodec redOfG722 = new RtpCodec(64, "red", 48000, 2, FmtpParameters.parse("9/9"), List.of());
        RtpCodec g722 = new RtpCodec(9, "G722", 8000, 0, Map.of(), List.of());
        List<RtpCodec> offer = List.of(opus, red, redOfG722, g722);
        assertEquals(List.of(111), pts(CodecNegotiation.answer(offer, MediaKind.AUDIO, LocalCapabilities.defaults())));
        LocalCapabilities withRed = LocalCapabilities.builder().red(true).build();
        List<RtpCodec> answer = CodecNegotiation.answer(offer, MediaKind.AUDIO, withRed);
        assertEquals(List.of(111, 63), pts(answer));
        assertEquals("111/111", FmtpParameters.format(answer.get(1).fmtp()));
    }

    @Test
    void nothingCommonGivesAnEmptyAnswer() {
        assertTrue(CodecNegotiation.answer(List.of(new RtpCodec(0, "PCMU", 8000, 0, Map.of(), List.of())),
                MediaKind.AUDIO, LocalCapabilities.defaults()).isEmpty());
    }

    @Test
    void offerPayloadTypesFollowChrome() {
        LocalCapabilities caps = LocalCapabilities.builder().red(true).build();
        List<RtpCodec> audio = caps.offerCodecs(MediaKind.AUDIO);
        assertEquals(List.of(111, 63), pts(audio));
        assertEquals("opus/48000/2", audio.get(0).rtpmapValue());
        List<RtpCodec> video = caps.offerCodecs(MediaKind.VIDEO);
        assertEquals(List.of(96, 97, 98, 99, 100, 101, 102, 103, 104, 105), pts(video));
        List<String> names = new ArrayList<>();
        video.forEach(c -> names.add(c.name()));
        assertEquals(List.of("VP8", "rtx", "H264", "rtx", "H264", "rtx", "VP9", "rtx", "AV1", "rtx"), names);
        assertEquals(Map.of("apt", "98"), video.get(3).fmtp());
        assertEquals(Map.of(RtpHeaderExtension.AUDIO_LEVEL, 1, RtpHeaderExtension.ABS_SEND_TIME, 2,
                RtpHeaderExtension.TRANSPORT_WIDE_CC, 3, RtpHeaderExtension.MID, 4), caps.preferredExtensionIds());
    }

    @Test
    void onlyVideoCodecRestrictsTheOffer() {
        LocalCapabilities h264 = LocalCapabilities.builder().onlyVideoCodec("h264").build();
        assertEquals(List.of(LocalCapabilities.H264, LocalCapabilities.H264_SINGLE_NAL), h264.videoCodecs());
        assertThrows(IllegalArgumentException.class,
                () -> LocalCapabilities.builder().onlyVideoCodec("theora"));
    }

    @Test
    void headerExtensionsKeepTheOfferIds() {
        List<RtpHeaderExtension> offered = List.of(new RtpHeaderExtension(1, RtpHeaderExtension.AUDIO_LEVEL),
                new RtpHeaderExtension(2, "urn:ietf:params:rtp-hdrext:toffset"),
                new RtpHeaderExtension(9, RtpHeaderExtension.MID));
        assertEquals(List.of(offered.get(0), offered.get(2)), RtpHeaderExtension.intersect(offered,
                Set.copyOf(LocalCapabilities.defaults().audioHeaderExtensions())));
    }
}
