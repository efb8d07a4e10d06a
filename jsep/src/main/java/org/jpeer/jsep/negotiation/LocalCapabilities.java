package org.jpeer.jsep.negotiation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What JPeer can send and receive, in order of preference: codecs per kind, retransmission, RED and
 * RTP header extensions. The defaults are what the {@code rtp} module implements: Opus; VP8, H.264
 * (Constrained Baseline, packetization modes 1 and 0), VP9 profile 0 and AV1, each with rtx and the
 * feedback Chrome offers.
 *
 * <pre>{@code
 * LocalCapabilities vp8Only = LocalCapabilities.builder().onlyVideoCodec("vp8").build();
 * vp8Only.offerCodecs(MediaKind.VIDEO);   // VP8/90000 as 96, rtx/90000 apt=96 as 97
 * }</pre>
 *
 * @param audioCodecs           audio codecs in order of preference
 * @param videoCodecs           video codecs in order of preference
 * @param rtx                   whether video codecs are offered and accepted with rtx (RFC 4588)
 * @param red                   whether Opus is offered and accepted with RED (RFC 2198)
 * @param audioHeaderExtensions header extension URIs for audio, in order
 * @param videoHeaderExtensions header extension URIs for video, in order
 */
public record LocalCapabilities(List<CodecCapability> audioCodecs, List<CodecCapability> videoCodecs,
                                boolean rtx, boolean red,
                                List<String> audioHeaderExtensions, List<String> videoHeaderExtensions) {

    /** The first dynamic payload type used for video, as Chrome does. */
    private static final int FIRST_VIDEO_PT = 96;
    /** Opus's payload type in Chrome's offers; other stacks that copy Chrome expect it. */
    private static final int OPUS_PT = 111;
    /** RED's payload type in Chrome's offers. */
    private static final int RED_PT = 63;

    private static final List<RtcpFeedback> VIDEO_FEEDBACK = List.of(
            RtcpFeedback.of("goog-remb"), RtcpFeedback.of("transport-cc"), new RtcpFeedback("ccm", "fir"),
            RtcpFeedback.of("nack"), new RtcpFeedback("nack", "pli"));

    /** Opus 48000/2 with in-band FEC and 10 ms minimum packets, transport-cc feedback. */
    public static final CodecCapability OPUS = new CodecCapability(MediaKind.AUDIO, "opus", 48000, 2,
            ordered("minptime", "10", "useinbandfec", "1"), List.of(RtcpFeedback.of("transport-cc")));
    public static final CodecCapability VP8 = video("VP8");
    /** H.264 Constrained Baseline 3.1, packetization mode 1 (FU-A and STAP-A, RFC 6184 §6.3). */
    public static final CodecCapability H264 = video("H264",
            "level-asymmetry-allowed", "1", "packetization-mode", "1", "profile-level-id", "42e01f");
    /** H.264 Constrained Baseline 3.1, packetization mode 0 (single NAL unit), for older peers. */
    public static final CodecCapability H264_SINGLE_NAL = video("H264",
            "level-asymmetry-allowed", "1", "packetization-mode", "0", "profile-level-id", "42e01f");
    public static final CodecCapability VP9 = video("VP9", "profile-id", "0");
    public static final CodecCapability AV1 = video("AV1", "level-idx", "5", "profile", "0", "tier", "0");

    public LocalCapabilities {
        audioCodecs = List.copyOf(audioCodecs);
        videoCodecs = List.copyOf(videoCodecs);
        audioHeaderExtensions = List.copyOf(audioHeaderExtensions);
        videoHeaderExtensions = List.copyOf(videoHeaderExtensions);
        requireKind(audioCodecs, MediaKind.AUDIO);
        requireKind(videoCodecs, MediaKind.VIDEO);
    }

    /** Everything JPeer supports. */
    public static LocalCapabilities defaults() {
        return builder().build();
    }

    /** A builder that starts from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    public List<CodecCapability> codecs(MediaKind kind) {
        return kind == MediaKind.AUDIO ? audioCodecs : videoCodecs;
    }

    public List<String> headerExtensions(MediaKind kind) {
        return kind == MediaKind.AUDIO ? audioHeaderExtensions : videoHeaderExtensions;
    }

    /**
     * The codecs of an offer for {@code kind} with payload types assigned like Chrome: Opus 111 and
     * RED 63, other audio codecs from 110 down; video from 96 up, each codec followed by its rtx.
     * The ranges do not overlap, so one payload type means one codec across a BUNDLE group.
     */
    public List<RtpCodec> offerCodecs(MediaKind kind) {
        List<RtpCodec> out = new ArrayList<>();
        if (kind == MediaKind.AUDIO) {
            int next = OPUS_PT - 1;
            for (CodecCapability c : audioCodecs) {
                RtpCodec codec = c.withPayloadType(c.is("opus") && !taken(out, OPUS_PT) ? OPUS_PT : next--);
                out.add(codec);
                if (red && c.is("opus") && !taken(out, RED_PT)) {
                    out.add(red(RED_PT, codec));
                }
            }
            return out;
        }
        int pt = FIRST_VIDEO_PT;
        for (CodecCapability c : videoCodecs) {
            RtpCodec codec = c.withPayloadType(pt++);
            out.add(codec);
            if (rtx) {
                out.add(RtpCodec.rtx(pt++, codec));
            }
        }
        return out;
    }

    /**
     * The id each header extension gets in our offers, the same for every kind because BUNDLEd
     * m-sections must agree (RFC 8843 §9.1): 1 audio level, 2 abs-send-time, 3 transport-cc, 4 mid
     * with the defaults, as Chrome numbers them.
     */
    public Map<String, Integer> preferredExtensionIds() {
        LinkedHashSet<String> all = new LinkedHashSet<>(audioHeaderExtensions);
        all.addAll(videoHeaderExtensions);
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (String uri : all) {
            ids.put(uri, ids.size() + 1);
        }
        return ids;
    }

    /** RED (RFC 2198) carrying {@code primary} redundantly, as {@code a=fmtp:<red> 111/111}. */
    static RtpCodec red(int payloadType, RtpCodec primary) {
        String pt = Integer.toString(primary.payloadType());
        return new RtpCodec(payloadType, "red", primary.clockRate(), primary.channels(),
                Map.of(pt + "/" + pt, ""), List.of());
    }

    private static boolean taken(List<RtpCodec> codecs, int pt) {
        return codecs.stream().anyMatch(c -> c.payloadType() == pt);
    }

    private static void requireKind(List<CodecCapability> codecs, MediaKind kind) {
        for (CodecCapability c : codecs) {
            if (c.kind() != kind) {
                throw new IllegalArgumentException(c.name() + " is " + c.kind().sdpName() + ", listed as " + kind.sdpName());
            }
        }
    }

    private static CodecCapability video(String name, String... fmtp) {
        return new CodecCapability(MediaKind.VIDEO, name, 90000, 0, ordered(fmtp), VIDEO_FEEDBACK);
    }

    private static Map<String, String> ordered(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    /** Builds {@link LocalCapabilities}; starts from the defaults. */
    public static final class Builder {
        private List<CodecCapability> audio = List.of(OPUS);
        private List<CodecCapability> video = List.of(VP8, H264, H264_SINGLE_NAL, VP9, AV1);
        private boolean rtx = true;
        private boolean red;
        private List<String> audioExtensions = List.of(RtpHeaderExtension.AUDIO_LEVEL,
                RtpHeaderExtension.ABS_SEND_TIME, RtpHeaderExtension.TRANSPORT_WIDE_CC, RtpHeaderExtension.MID);
        private List<String> videoExtensions = List.of(RtpHeaderExtension.ABS_SEND_TIME,
                RtpHeaderExtension.TRANSPORT_WIDE_CC, RtpHeaderExtension.MID);

        private Builder() {
        }

        private Builder(LocalCapabilities c) {
            audio = c.audioCodecs();
            video = c.videoCodecs();
            rtx = c.rtx();
            red = c.red();
            audioExtensions = c.audioHeaderExtensions();
            videoExtensions = c.videoHeaderExtensions();
        }

        public Builder audioCodecs(List<CodecCapability> codecs) {
            audio = List.copyOf(codecs);
            return this;
        }

        public Builder videoCodecs(List<CodecCapability> codecs) {
            video = List.copyOf(codecs);
            return this;
        }

        /**
         * Keeps only the video codecs of one encoding name, as {@code --codec vp8|vp9|h264|av1} asks.
         *
         * @throws IllegalArgumentException when no current video codec has that name
         */
        public Builder onlyVideoCodec(String name) {
            Objects.requireNonNull(name, "name");
            List<CodecCapability> kept = video.stream().filter(c -> c.is(name)).toList();
            if (kept.isEmpty()) {
                throw new IllegalArgumentException("no video codec named '" + name.toLowerCase(Locale.ROOT)
                        + "'; known: " + video.stream().map(c -> c.name().toLowerCase(Locale.ROOT)).distinct().toList());
            }
            video = kept;
            return this;
        }

        public Builder rtx(boolean on) {
            rtx = on;
            return this;
        }

        public Builder red(boolean on) {
            red = on;
            return this;
        }

        public Builder headerExtensions(MediaKind kind, List<String> uris) {
            if (kind == MediaKind.AUDIO) {
                audioExtensions = List.copyOf(uris);
            } else {
                videoExtensions = List.copyOf(uris);
            }
            return this;
        }

        public LocalCapabilities build() {
            return new LocalCapabilities(audio, video, rtx, red, audioExtensions, videoExtensions);
        }
    }
}
