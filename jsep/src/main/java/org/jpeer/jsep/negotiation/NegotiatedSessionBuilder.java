package org.jpeer.jsep.negotiation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jpeer.dtls.DtlsRole;
import org.jpeer.ice.IceRole;
import org.jpeer.jsep.sdp.Extmap;
import org.jpeer.jsep.sdp.MediaDescription;
import org.jpeer.jsep.sdp.Msid;
import org.jpeer.jsep.sdp.SessionDescription;
import org.jpeer.jsep.sdp.Setup;
import org.jpeer.jsep.sdp.Ssrc;
import org.jpeer.jsep.sdp.SsrcGroup;

/** Reads a {@link NegotiatedSession} off an applied offer and answer. */
final class NegotiatedSessionBuilder {

    /** Codecs that repair or protect another one rather than carry media of their own. */
    private static final Set<String> NOT_PRIMARY = Set.of("rtx", "red", "ulpfec", "flexfec-03", "cn", "telephone-event");

    /**
     * What is known before this exchange.
     *
     * @param previous       the outcome of the last exchange, if any
     * @param localUfrag     our ufrag in that exchange
     * @param iceRole        our ICE role so far
     */
    record History(Optional<NegotiatedSession> previous, Optional<String> localUfrag, Optional<IceRole> iceRole) {
    }

    private NegotiatedSessionBuilder() {
    }

    /**
     * @param local        our description (offer or answer)
     * @param remote       theirs
     * @param weOffered    whether {@code local} is the offer
     * @param provisional  whether the answer is a pranswer
     * @param transceivers transceiver by m-line index, as associated by then
     * @return empty when the answer rejects every m-section: there is nothing to connect
     */
    static Optional<NegotiatedSession> build(SessionDescription local, SessionDescription remote, boolean weOffered,
                                             boolean provisional, Map<Integer, TransceiverState> transceivers,
                                             History history) {
        SessionDescription answer = weOffered ? remote : local;
        Optional<BundleTransport> tagged = BundleTransport.of(answer);
        return tagged.map(t -> build(t, local, remote, weOffered, provisional, transceivers, history));
    }

    private static NegotiatedSession build(BundleTransport answerTransport, SessionDescription local,
                                           SessionDescription remote, boolean weOffered, boolean provisional,
                                           Map<Integer, TransceiverState> transceivers, History history) {
        SessionDescription answer = weOffered ? remote : local;
        int tagged = answerTransport.mLineIndex();
        BundleTransport remoteTransport = BundleTransport.at(remote, tagged);
        BundleTransport localTransport = BundleTransport.at(local, tagged);

        String remoteUfrag = remoteTransport.ufrag().orElseThrow();
        String localUfrag = localTransport.ufrag().orElseThrow();
        boolean iceRestart = history.previous().isPresent()
                && (!history.previous().get().remoteIceUfrag().equals(remoteUfrag)
                || !history.localUfrag().orElse(localUfrag).equals(localUfrag));
        boolean iceLite = remote.isIceLite();
        // RFC 8445 §6.1.1: the offerer controls, a full agent facing a lite one always does; the
        // role stays until the ICE session restarts.
        IceRole role = history.iceRole().filter(r -> !iceRestart)
                .orElse(weOffered || iceLite ? IceRole.CONTROLLING : IceRole.CONTROLLED);

        List<NegotiatedMedia> media = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (int i = 0; i < answer.media().size(); i++) {
            MediaDescription am = answer.media().get(i);
            TransceiverState t = transceivers.get(i);
            if (am.port() == 0 || t == null) {
                am.mid().ifPresent(rejected::add);
                continue;
            }
            media.add(media(i, local, remote, weOffered, t));
        }
        return new NegotiatedSession(provisional, role, iceLite, remoteUfrag, remoteTransport.pwd().orElseThrow(),
                remoteTransport.candidates(), remoteTransport.endOfCandidates(),
                remoteTransport.fingerprint().orElseThrow(), dtlsRole(localTransport, remoteTransport),
                iceRestart, answerTransport.mid(), media, rejected);
    }

    /** RFC 5763 §5: active is the DTLS client; an actpass offerer takes the role the answer leaves it. */
    private static DtlsRole dtlsRole(BundleTransport local, BundleTransport remote) {
        Setup.Role ours = local.setup().orElse(Setup.Role.ACTPASS);
        if (ours == Setup.Role.ACTPASS) {
            // RFC 4145 §4: an answer without a=setup means active.
            ours = remote.setup().orElse(Setup.Role.ACTIVE) == Setup.Role.PASSIVE ? Setup.Role.ACTIVE : Setup.Role.PASSIVE;
        }
        return ours == Setup.Role.ACTIVE ? DtlsRole.CLIENT : DtlsRole.SERVER;
    }

    private static NegotiatedMedia media(int i, SessionDescription local, SessionDescription remote, boolean weOffered,
                                         TransceiverState t) {
        MediaDescription lm = local.media().get(i);
        MediaDescription rm = remote.media().get(i);
        MediaDescription am = weOffered ? rm : lm;
        RTCRtpTransceiverDirection direction = weOffered
                ? SdpConversions.fromSdp(remote.mediaDirection(i)).reversed()
                : SdpConversions.fromSdp(local.mediaDirection(i));

        Map<Integer, RtpCodec> remoteCodecs = byPayloadType(SdpConversions.codecs(rm));
        Map<Integer, RtpCodec> localCodecs = byPayloadType(SdpConversions.codecs(lm));
        List<RtpCodec> agreed = SdpConversions.codecs(am);
        // Send what the remote said it receives, receive what we said; feedback is what the answer agreed.
        Optional<RtpCodec> send = agreed.stream()
                .filter(c -> !NOT_PRIMARY.contains(c.lowerName()))
                .findFirst()
                .map(c -> remoteCodecs.getOrDefault(c.payloadType(), c).with(
                        remoteCodecs.getOrDefault(c.payloadType(), c).fmtp(), c.rtcpFeedback()));
        OptionalInt sendRtx = send.map(s -> agreed.stream()
                        .filter(c -> c.apt().orElse(-1) == s.payloadType())
                        .mapToInt(RtpCodec::payloadType)
                        .findFirst())
                .orElse(OptionalInt.empty());
        Map<Integer, RtpCodec> receive = new LinkedHashMap<>();
        for (RtpCodec c : agreed) {
            RtpCodec ours = localCodecs.getOrDefault(c.payloadType(), c);
            receive.put(c.payloadType(), ours.with(ours.fmtp(), c.rtcpFeedback()));
        }
        Map<String, Integer> extensions = new HashMap<>();
        for (Extmap e : am.extmaps()) {
            extensions.put(e.uri(), e.id());
        }
        return new NegotiatedMedia(t.id(), i, am.mid().orElseThrow(), t.kind(), direction, send, sendRtx, receive,
                extensions, t.sender().filter(s -> direction.sends()),
                primarySsrcs(rm), rtxSsrcs(rm), cname(rm), msid(rm), am.isRtcpRsize());
    }

    private static Map<Integer, RtpCodec> byPayloadType(List<RtpCodec> codecs) {
        Map<Integer, RtpCodec> out = new HashMap<>();
        codecs.forEach(c -> out.put(c.payloadType(), c));
        return out;
    }

    private static Map<Long, Long> rtxSsrcs(MediaDescription m) {
        Map<Long, Long> out = new HashMap<>();
        for (SsrcGroup g : m.ssrcGroups()) {
            if (SsrcGroup.FID.equals(g.semantics()) && g.ssrcs().size() == 2) {
                out.put(g.ssrcs().get(0), g.ssrcs().get(1));
            }
        }
        return out;
    }

    private static List<Long> primarySsrcs(MediaDescription m) {
        Set<Long> repair = new HashSet<>();
        for (SsrcGroup g : m.ssrcGroups()) {
            if (SsrcGroup.FID.equals(g.semantics()) || SsrcGroup.FEC_FR.equals(g.semantics())) {
                repair.addAll(g.ssrcs().subList(1, g.ssrcs().size()));
            }
        }
        return m.ssrcIds().stream().filter(s -> !repair.contains(s)).toList();
    }

    private static Optional<String> cname(MediaDescription m) {
        return m.ssrcs().stream().filter(s -> "cname".equals(s.attribute()) && s.value() != null)
                .map(Ssrc::value).findFirst();
    }

    /** {@code a=msid} (RFC 8830) or, from older stacks, {@code a=ssrc:N msid:stream track}. */
    private static Optional<Msid> msid(MediaDescription m) {
        if (!m.msids().isEmpty()) {
            return Optional.of(m.msids().get(0));
        }
        return m.ssrcs().stream()
                .filter(s -> "msid".equals(s.attribute()) && s.value() != null)
                .findFirst()
                .flatMap(s -> {
                    String[] ids = s.value().strip().split(" ", 2);
                    try {
                        return Optional.of(new Msid(ids[0], ids.length > 1 ? ids[1].strip() : null));
                    } catch (IllegalArgumentException notAnMsid) {
                        // a legacy line we cannot use is no reason to refuse the description
                        return Optional.empty();
                    }
                });
    }
}
