package org.jpeer.jsep.negotiation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Codec matching and answer codecs for one m-section (RFC 9429 §5.3.1, RFC 3264 §6.1).
 *
 * <p>Payload types come from the offerer. A codec matches when name, clock rate and channels match
 * and the format parameters that select a different bitstream agree: H.264 profile and
 * {@code packetization-mode} (RFC 6184 §8.2.2; the level is negotiated, not matched), VP9
 * {@code profile-id}, AV1 {@code profile}. rtx is kept only when its {@code apt} names a kept
 * codec; RED only when every payload type it carries is kept. Feedback is what both support.
 *
 * <pre>{@code
 * List<RtpCodec> answer = CodecNegotiation.answer(offeredVideoCodecs, MediaKind.VIDEO, LocalCapabilities.defaults());
 * }</pre>
 */
public final class CodecNegotiation {

    private CodecNegotiation() {
    }

    /**
     * The codecs an answer lists for the offered ones, in the offer's order, under the offer's
     * payload types; empty when nothing is common and the m-section must be rejected.
     */
    public static List<RtpCodec> answer(List<RtpCodec> offered, MediaKind kind, LocalCapabilities local) {
        List<RtpCodec> primaries = new ArrayList<>();
        for (RtpCodec remote : offered) {
            if (remote.isRtx() || remote.isRed()) {
                continue;
            }
            for (CodecCapability capability : local.codecs(kind)) {
                Optional<RtpCodec> answered = answerCodec(remote, capability);
                if (answered.isPresent()) {
                    primaries.add(answered.get());
                    break;
                }
            }
        }
        Set<Integer> kept = new HashSet<>();
        primaries.forEach(c -> kept.add(c.payloadType()));
        List<RtpCodec> out = new ArrayList<>();
        for (RtpCodec remote : offered) {
            if (kept.contains(remote.payloadType())) {
                primaries.stream().filter(c -> c.payloadType() == remote.payloadType()).findFirst().ifPresent(out::add);
            } else if (remote.isRtx() && local.rtx() && kind == MediaKind.VIDEO && repairsKept(remote, offered, kept)) {
                out.add(remote.with(remote.fmtp(), List.of()));
            } else if (remote.isRed() && local.red() && kind == MediaKind.AUDIO && carriesOnlyKept(remote, kept)) {
                out.add(remote.with(remote.fmtp(), List.of()));
            }
        }
        return out;
    }

    /** Whether {@code remote} is the same format as {@code local}, ignoring payload type and level. */
    public static boolean matches(RtpCodec remote, CodecCapability local) {
        if (!remote.is(local.name()) || remote.clockRate() != local.clockRate()) {
            return false;
        }
        // An rtpmap without channels means one channel for audio (RFC 8866 §6.6).
        int remoteChannels = remote.channels() == 0 && local.kind() == MediaKind.AUDIO ? 1 : remote.channels();
        if (remoteChannels != local.channels()) {
            return false;
        }
        if (local.is("H264")) {
            Optional<H264ProfileLevelId> r = H264ProfileLevelId.ofFmtp(remote.fmtp());
            Optional<H264ProfileLevelId> l = H264ProfileLevelId.ofFmtp(local.fmtp());
            return r.isPresent() && l.isPresent() && r.get().profile() == l.get().profile()
                    && sameParameter(remote.fmtp(), local.fmtp(), "packetization-mode", "0");
        }
        if (local.is("VP9")) {
            return sameParameter(remote.fmtp(), local.fmtp(), "profile-id", "0");
        }
        if (local.is("AV1")) {
            return sameParameter(remote.fmtp(), local.fmtp(), "profile", "0");
        }
        return true;
    }

    /**
     * The codec the answer lists for a matching offered one: the offer's payload type and name, our
     * format parameters (they state what we want to receive), H.264's level negotiated as libwebrtc
     * does, and the feedback both support in the offer's order.
     */
    static Optional<RtpCodec> answerCodec(RtpCodec remote, CodecCapability local) {
        if (!matches(remote, local)) {
            return Optional.empty();
        }
        Map<String, String> fmtp = new LinkedHashMap<>(local.fmtp());
        if (local.is("H264")) {
            fmtp.put("profile-level-id", answerProfileLevelId(remote.fmtp(), local.fmtp()));
        }
        List<RtcpFeedback> feedback = remote.rtcpFeedback().stream()
                .filter(local.rtcpFeedback()::contains)
                .toList();
        return Optional.of(new RtpCodec(remote.payloadType(), remote.name(), remote.clockRate(), remote.channels(),
                fmtp, feedback));
    }

    /**
     * The level an H.264 answer states: ours when both sides allow level asymmetry, otherwise the
     * lower of the two (RFC 6184 §8.2.2), written on the offer's profile bytes.
     */
    static String answerProfileLevelId(Map<String, String> remoteFmtp, Map<String, String> localFmtp) {
        H264ProfileLevelId remote = H264ProfileLevelId.ofFmtp(remoteFmtp).orElseThrow();
        H264ProfileLevelId local = H264ProfileLevelId.ofFmtp(localFmtp).orElseThrow();
        boolean asymmetry = "1".equals(remoteFmtp.get("level-asymmetry-allowed"))
                && "1".equals(localFmtp.get("level-asymmetry-allowed"));
        int level = asymmetry || H264ProfileLevelId.lowerLevel(local.level(), remote.level())
                ? local.level() : remote.level();
        return remote.withLevel(level);
    }

    private static boolean sameParameter(Map<String, String> a, Map<String, String> b, String key, String dflt) {
        return a.getOrDefault(key, dflt).strip().equals(b.getOrDefault(key, dflt).strip());
    }

    private static boolean repairsKept(RtpCodec rtx, List<RtpCodec> offered, Set<Integer> kept) {
        OptionalInt apt = rtx.apt();
        return apt.isPresent() && kept.contains(apt.getAsInt())
                && offered.stream().anyMatch(c -> c.payloadType() == apt.getAsInt() && c.clockRate() == rtx.clockRate());
    }

    private static boolean carriesOnlyKept(RtpCodec red, Set<Integer> kept) {
        List<Integer> carried = redPayloadTypes(red);
        return !carried.isEmpty() && kept.containsAll(carried);
    }

    /** The payload types a RED fmtp such as {@code 111/111} carries; empty when malformed. */
    static List<Integer> redPayloadTypes(RtpCodec red) {
        if (red.fmtp().size() != 1) {
            return List.of();
        }
        List<Integer> pts = new ArrayList<>();
        for (String part : red.fmtp().keySet().iterator().next().split("/")) {
            try {
                pts.add(Integer.parseInt(part.strip()));
            } catch (NumberFormatException e) {
                return List.of();
            }
        }
        return pts;
    }
}
