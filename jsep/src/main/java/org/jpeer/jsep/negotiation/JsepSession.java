package org.jpeer.jsep.negotiation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;
import org.jpeer.dtls.DtlsRole;
import org.jpeer.jsep.negotiation.SignalingStateMachine.Side;
import org.jpeer.jsep.negotiation.TransceiverState.Creator;
import org.jpeer.jsep.sdp.ExtmapAllowMixed;
import org.jpeer.jsep.sdp.Group;
import org.jpeer.jsep.sdp.MediaDescription;
import org.jpeer.jsep.sdp.Msid;
import org.jpeer.jsep.sdp.MsidSemantic;
import org.jpeer.jsep.sdp.Origin;
import org.jpeer.jsep.sdp.SessionDescription;
import org.jpeer.jsep.sdp.Setup;

/**
 * The JSEP engine of one peer connection (RFC 9429): transceivers, the signaling state, the
 * current and pending descriptions, offer and answer generation, and the negotiated outcome.
 * Pure: no threads, sockets or clocks; the connection passes its transport state in.
 *
 * <p>Not thread-safe: it belongs to its connection's serial executor, which makes every call.
 * Policies are fixed where browsers let pages choose: {@code max-bundle}, {@code rtcp-mux}
 * required, DTLS-SRTP only.
 *
 * <pre>{@code
 * JsepSession caller = new JsepSession(LocalCapabilities.defaults(), new SecureRandom());
 * caller.addTrack(MediaKind.AUDIO, audioSender);
 * SessionDescription offer = caller.createOffer(OfferOptions.DEFAULT, transport);
 * caller.setLocalDescription(RTCSdpType.OFFER, offer);
 * // ... send offer, receive answer ...
 * caller.setRemoteDescription(RTCSdpType.ANSWER, answer);
 * NegotiatedSession n = caller.negotiated().orElseThrow();
 * }</pre>
 */
public final class JsepSession {

    private static final String WMS = "WMS";
    /** One-byte header extension ids (RFC 8285 §4.2); we never need the two-byte form. */
    private static final int MAX_EXTENSION_ID = 14;

    /** A description this session created; for an offer, which transceiver each m-line carries (-1: none). */
    private record Created(RTCSdpType type, SessionDescription description, List<Integer> transceiverByMLine) {
    }

    private final LocalCapabilities capabilities;
    private final String sessionId;
    private long sessionVersion;
    private final SignalingStateMachine signaling = new SignalingStateMachine();
    private final List<TransceiverState> transceivers = new ArrayList<>();
    private int nextTransceiverId;
    private SessionDescription currentLocal;
    private SessionDescription pendingLocal;
    private SessionDescription currentRemote;
    private SessionDescription pendingRemote;
    private Created lastCreated;
    private List<TransceiverState> rollbackPoint;
    private NegotiatedSession negotiated;
    private boolean currentLocalIsOffer;

    /**
     * @param capabilities what we can send and receive
     * @param random       source of the {@code o=} session id; a SecureRandom outside tests
     */
    public JsepSession(LocalCapabilities capabilities, RandomGenerator random) {
        this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
        // 63 bits, as RFC 9429 §5.2.1 asks, so it fits a signed 64-bit integer everywhere.
        this.sessionId = Long.toString(random.nextLong() & Long.MAX_VALUE);
    }

    public RTCSignalingState signalingState() {
        return signaling.state();
    }

    public LocalCapabilities capabilities() {
        return capabilities;
    }

    /** The transceivers in order of creation; stopped ones leave once the stop is negotiated. */
    public List<TransceiverState> transceivers() {
        return List.copyOf(transceivers);
    }

    public TransceiverState transceiver(int id) {
        return transceivers.get(indexOf(id));
    }

    // ---- transceivers ----

    /**
     * W3C {@code addTrack}: reuses a transceiver of this kind that a remote offer created and that
     * has never sent, otherwise adds a {@code sendrecv} one that a later remote offer may take up.
     */
    public TransceiverState addTrack(MediaKind kind, SenderInfo sender) {
        signaling.checkNotClosed("addTrack");
        Objects.requireNonNull(sender, "sender");
        for (int i = 0; i < transceivers.size(); i++) {
            TransceiverState t = transceivers.get(i);
            boolean neverSent = t.currentDirection() == null || !t.currentDirection().sends();
            if (t.kind() == kind && t.sender().isEmpty() && !t.stopped() && t.creator() == Creator.REMOTE_OFFER && neverSent) {
                TransceiverState reused = t.withSender(Optional.of(sender))
                        .withDirection(RTCRtpTransceiverDirection.of(true, t.direction().receives()));
                transceivers.set(i, reused);
                return reused;
            }
        }
        return add(kind, RTCRtpTransceiverDirection.SENDRECV, Optional.of(sender), Creator.ADD_TRACK);
    }

    /** W3C {@code addTransceiver}: always a new transceiver, which gets its own m-line in the next offer. */
    public TransceiverState addTransceiver(MediaKind kind, RTCRtpTransceiverDirection direction, Optional<SenderInfo> sender) {
        signaling.checkNotClosed("addTransceiver");
        requireNotStopped(direction);
        return add(kind, direction, sender, Creator.ADD_TRANSCEIVER);
    }

    private TransceiverState add(MediaKind kind, RTCRtpTransceiverDirection direction, Optional<SenderInfo> sender,
                                 Creator creator) {
        TransceiverState t = new TransceiverState(nextTransceiverId++, Objects.requireNonNull(kind, "kind"), null,
                direction, null, sender, creator, -1);
        transceivers.add(t);
        return t;
    }

    /** W3C {@code transceiver.direction = ...}; takes effect with the next negotiation. */
    public TransceiverState setDirection(int id, RTCRtpTransceiverDirection direction) {
        signaling.checkNotClosed("setDirection");
        requireNotStopped(direction);
        return replace(id, "setDirection", t -> t.withDirection(direction));
    }

    /** {@code replaceTrack}/{@code removeTrack}: what the transceiver sends, or nothing. */
    public TransceiverState setSender(int id, Optional<SenderInfo> sender) {
        signaling.checkNotClosed("setSender");
        return replace(id, "setSender", t -> t.withSender(sender));
    }

    /**
     * W3C {@code transceiver.stop()}: the next offer gives its m-line port 0, and the transceiver
     * leaves once that is negotiated. One that was never in a description leaves at once.
     */
    public void stop(int id) {
        signaling.checkNotClosed("stop");
        int i = indexOf(id);
        TransceiverState t = transceivers.get(i);
        if (t.mLineIndex() < 0) {
            transceivers.remove(i);
        } else {
            transceivers.set(i, t.withDirection(RTCRtpTransceiverDirection.STOPPED));
        }
    }

    private TransceiverState replace(int id, String call, UnaryOperator<TransceiverState> change) {
        int i = indexOf(id);
        if (transceivers.get(i).stopped()) {
            throw new InvalidStateException(call + ": transceiver " + id + " is stopped");
        }
        TransceiverState t = change.apply(transceivers.get(i));
        transceivers.set(i, t);
        return t;
    }

    private static void requireNotStopped(RTCRtpTransceiverDirection direction) {
        if (Objects.requireNonNull(direction, "direction") == RTCRtpTransceiverDirection.STOPPED) {
            throw new IllegalArgumentException("direction 'stopped' is set by stop(), not assigned");
        }
    }

    private int indexOf(int id) {
        for (int i = 0; i < transceivers.size(); i++) {
            if (transceivers.get(i).id() == id) {
                return i;
            }
        }
        throw new IllegalArgumentException("no transceiver " + id);
    }

    // ---- offers ----

    /**
     * {@code createOffer} (RFC 9429 §5.2): existing m-lines keep their place and mid, a stopped
     * transceiver's m-line gets port 0, new transceivers recycle free m-lines or get new ones.
     * ICE credentials stay as they are unless {@code options.iceRestart()}; then
     * {@code transport.ice()} must hold new ones.
     *
     * @throws InvalidStateException when an offer cannot be made in this state
     */
    public SessionDescription createOffer(OfferOptions options, LocalTransport transport) {
        signaling.checkCreateOffer();
        IceCredentials ice = credentials(options.iceRestart(), transport, "createOffer(iceRestart)");
        List<MediaDescription> previous = latestLocal().map(SessionDescription::media).orElse(List.of());
        Set<String> usedMids = usedMids();
        Map<String, Integer> extensionIds = extensionIds();
        Map<Integer, RtpCodec> payloadTypesInUse = payloadTypesInUse();

        Deque<TransceiverState> fresh = new ArrayDeque<>();
        transceivers.stream().filter(t -> t.mLineIndex() < 0 && !t.stopped()).forEach(fresh::add);
        // A free m-line (rejected, or its transceiver gone) is recycled before new ones are added.
        List<TransceiverState> slots = new ArrayList<>();
        for (int i = 0; i < previous.size(); i++) {
            slots.add(byMLine(i).orElseGet(fresh::poll));
        }
        slots.addAll(fresh);

        List<Integer> plan = new ArrayList<>();
        List<MediaDescription> sections = new ArrayList<>();
        boolean tagged = false;
        for (int i = 0; i < slots.size(); i++) {
            TransceiverState t = slots.get(i);
            MediaDescription old = i < previous.size() ? previous.get(i) : null;
            plan.add(t == null ? -1 : t.id());
            if (t == null) {
                sections.add(MediaSectionWriter.rejected(old.media(), old.protocol(), old.formats(), old.mid()));
                continue;
            }
            String mid = t.mid() != null ? t.mid() : newMid(usedMids);
            if (t.stopped()) {
                sections.add(MediaSectionWriter.rejected(t.kind().sdpName(), MediaSectionWriter.PROTOCOL,
                        old.formats(), Optional.of(mid)));
                continue;
            }
            // RFC 9429 §5.2.2: a negotiated m-section keeps its payload types and extension ids.
            boolean negotiatedBefore = t.mLineIndex() == i && old.port() != 0;
            List<RtpCodec> codecs = negotiatedBefore
                    ? SdpConversions.codecs(old) : PayloadTypes.avoid(capabilities.offerCodecs(t.kind()), payloadTypesInUse);
            List<RtpHeaderExtension> extensions = negotiatedBefore ? extensions(old) : offerExtensions(t.kind(), extensionIds);
            sections.add(MediaSectionWriter.active(new MediaSectionWriter.Content(t.kind(), mid, codecs, extensions,
                    t.direction(), t.sender(), Setup.Role.ACTPASS, !tagged, true), ice, transport));
            tagged = true;
        }
        SessionDescription offer = describe(sections, true);
        lastCreated = new Created(RTCSdpType.OFFER, offer, plan);
        return offer;
    }

    /** The mids in use anywhere, so a new one never collides (RFC 9429 §5.2.2). */
    private Set<String> usedMids() {
        Set<String> used = new HashSet<>();
        transceivers.forEach(t -> {
            if (t.mid() != null) {
                used.add(t.mid());
            }
        });
        for (SessionDescription d : descriptions()) {
            d.media().forEach(m -> m.mid().ifPresent(used::add));
        }
        return used;
    }

    /** Chrome's mids: the smallest unused decimal number. */
    private static String newMid(Set<String> used) {
        for (int n = 0; ; n++) {
            String mid = Integer.toString(n);
            if (used.add(mid)) {
                return mid;
            }
        }
    }

    /** Header extension ids already in use by URI, across every description, so BUNDLEd m-sections agree. */
    private Map<String, Integer> extensionIds() {
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (SessionDescription d : descriptions()) {
            for (MediaDescription m : d.media()) {
                m.extmaps().forEach(e -> ids.putIfAbsent(e.uri(), e.id()));
            }
        }
        return ids;
    }

    /** Payload types of the m-sections in use, by number, so new m-sections do not give them other meanings. */
    private Map<Integer, RtpCodec> payloadTypesInUse() {
        Map<Integer, RtpCodec> inUse = new HashMap<>();
        for (SessionDescription d : descriptions()) {
            for (MediaDescription m : d.media()) {
                if (m.port() != 0 || m.isBundleOnly()) {
                    SdpConversions.codecs(m).forEach(c -> inUse.putIfAbsent(c.payloadType(), c));
                }
            }
        }
        return inUse;
    }

    private List<RtpHeaderExtension> offerExtensions(MediaKind kind, Map<String, Integer> inUse) {
        Map<String, Integer> ids = new LinkedHashMap<>(inUse);
        Set<Integer> taken = new HashSet<>(ids.values());
        capabilities.preferredExtensionIds().forEach((uri, preferred) -> {
            if (!ids.containsKey(uri)) {
                int id = taken.contains(preferred) ? freeId(taken) : preferred;
                taken.add(id);
                ids.put(uri, id);
            }
        });
        return capabilities.headerExtensions(kind).stream()
                .filter(uri -> ids.get(uri) > 0)
                .map(uri -> new RtpHeaderExtension(ids.get(uri), uri))
                .toList();
    }

    /** The lowest free one-byte id, or 0 (the URI is then left out) when all 14 are taken. */
    private static int freeId(Set<Integer> taken) {
        for (int id = 1; id <= MAX_EXTENSION_ID; id++) {
            if (!taken.contains(id)) {
                return id;
            }
        }
        return 0;
    }

    private static List<RtpHeaderExtension> extensions(MediaDescription m) {
        return m.extmaps().stream().map(e -> new RtpHeaderExtension(e.id(), e.uri())).toList();
    }

    private List<SessionDescription> descriptions() {
        List<SessionDescription> out = new ArrayList<>();
        for (SessionDescription d : new SessionDescription[] {pendingLocal, currentLocal, pendingRemote, currentRemote}) {
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    // ---- answers ----

    /**
     * {@code createAnswer} (RFC 9429 §5.3): one m-section per offered one, same order and mid;
     * port 0 for what we cannot or will not take (data channels, no common codec, no rtcp-mux,
     * not DTLS-SRTP, outside the BUNDLE group) rather than an error.
     *
     * @throws InvalidStateException without a remote offer
     */
    public SessionDescription createAnswer(LocalTransport transport) {
        signaling.checkCreateAnswer();
        SessionDescription offer = pendingRemote;
        boolean remoteRestart = remoteOfferRestartsIce();
        IceCredentials ice = credentials(remoteRestart, transport, "createAnswer to an offer that restarts ICE");
        Optional<Group> bundle = offer.bundleGroups().stream().findFirst();
        Map<Integer, List<RtpCodec>> accepted = acceptedCodecs(offer, bundle);
        List<String> acceptedMids = new ArrayList<>();
        accepted.keySet().forEach(i -> acceptedMids.add(offer.media().get(i).mid().orElseThrow()));
        if (bundle.isPresent()) {
            acceptedMids.sort((a, b) -> bundle.get().mids().indexOf(a) - bundle.get().mids().indexOf(b));
        }
        Setup.Role setup = answerSetup(BundleTransport.of(offer).flatMap(BundleTransport::setup));

        List<MediaDescription> sections = new ArrayList<>();
        for (int i = 0; i < offer.media().size(); i++) {
            MediaDescription m = offer.media().get(i);
            if (!accepted.containsKey(i)) {
                sections.add(MediaSectionWriter.rejected(m.media(), m.protocol(), m.formats(), m.mid()));
                continue;
            }
            TransceiverState t = byMLine(i).orElseThrow();
            String mid = m.mid().orElseThrow();
            RTCRtpTransceiverDirection direction = RTCRtpTransceiverDirection.answerTo(
                    SdpConversions.fromSdp(offer.mediaDirection(i)), t.direction());
            List<RtpHeaderExtension> extensions = RtpHeaderExtension.intersect(extensions(m),
                    Set.copyOf(capabilities.headerExtensions(t.kind())));
            sections.add(MediaSectionWriter.active(new MediaSectionWriter.Content(t.kind(), mid, accepted.get(i),
                    extensions, direction, t.sender(), setup, mid.equals(acceptedMids.get(0)), m.isRtcpRsize()),
                    ice, transport));
        }
        // An answer may only group what the offer grouped (RFC 8843 §7.3).
        SessionDescription answer = describe(sections, bundle.isPresent());
        lastCreated = new Created(RTCSdpType.ANSWER, answer, List.of());
        return answer;
    }

    /**
     * The answer codecs of each offered m-section we accept, by m-line index. Under max-bundle only
     * BUNDLEd m-sections are taken, or without a group only the first usable one, since we have one
     * transport.
     */
    private Map<Integer, List<RtpCodec>> acceptedCodecs(SessionDescription offer, Optional<Group> bundle) {
        // RFC 8843 §7.1.3: BUNDLEd m-sections take rtcp-mux from the tagged one and may omit it.
        boolean bundleMuxed = BundleTransport.taggedIndex(offer).stream()
                .anyMatch(i -> offer.media().get(i).isRtcpMux());
        Map<Integer, List<RtpCodec>> accepted = new LinkedHashMap<>();
        for (int i = 0; i < offer.media().size(); i++) {
            MediaDescription m = offer.media().get(i);
            Optional<TransceiverState> t = byMLine(i);
            boolean muxed = bundle.isPresent() ? bundleMuxed : m.isRtcpMux();
            boolean grouped = bundle.isEmpty() ? accepted.isEmpty() : m.mid().filter(bundle.get().mids()::contains).isPresent();
            if (t.isPresent() && !t.get().stopped() && !m.isRejected() && muxed && grouped
                    && MediaSectionWriter.PROTOCOL.equals(m.protocol())) {
                List<RtpCodec> codecs = CodecNegotiation.answer(SdpConversions.codecs(m), t.get().kind(), capabilities);
                if (!codecs.isEmpty()) {
                    accepted.put(i, codecs);
                }
            }
        }
        return accepted;
    }

    /**
     * Whether the pending remote offer restarts ICE (new remote ufrag, RFC 8839 §4.4.1.1); the
     * answer must then restart too, so the caller passes new credentials to {@link #createAnswer}.
     */
    public boolean remoteOfferRestartsIce() {
        return negotiated != null && pendingRemote != null && BundleTransport.of(pendingRemote)
                .flatMap(BundleTransport::ufrag)
                .filter(u -> !u.equals(negotiated.remoteIceUfrag()))
                .isPresent();
    }

    /**
     * RFC 5763 §5 and Chrome: answer {@code active} to {@code actpass}, keeping the role we already
     * have in a renegotiation (an ICE restart included) so DTLS goes on; the opposite of a definite
     * offered role.
     */
    private Setup.Role answerSetup(Optional<Setup.Role> offered) {
        Setup.Role o = offered.orElse(Setup.Role.ACTPASS);
        if (o == Setup.Role.ACTIVE) {
            return Setup.Role.PASSIVE;
        }
        if (o == Setup.Role.PASSIVE) {
            return Setup.Role.ACTIVE;
        }
        if (negotiated != null && negotiated.localDtlsRole() == DtlsRole.SERVER) {
            return Setup.Role.PASSIVE;
        }
        return Setup.Role.ACTIVE;
    }

    /** The ICE credentials in effect, or the transport's new ones when starting or restarting ICE. */
    private IceCredentials credentials(boolean restart, LocalTransport transport, String call) {
        Optional<IceCredentials> inEffect = latestLocal().flatMap(BundleTransport::of)
                .filter(t -> t.ufrag().isPresent() && t.pwd().isPresent())
                .map(t -> new IceCredentials(t.ufrag().get(), t.pwd().get()));
        if (inEffect.isEmpty()) {
            return transport.ice();
        }
        if (!restart) {
            return inEffect.get();
        }
        if (inEffect.get().ufrag().equals(transport.ice().ufrag())) {
            throw new IllegalArgumentException(call + ": an ICE restart needs new ICE credentials in the transport"
                    + " (see remoteOfferRestartsIce())");
        }
        return transport.ice();
    }

    private SessionDescription describe(List<MediaDescription> sections, boolean bundle) {
        List<String> bundled = new ArrayList<>();
        Set<String> streams = new LinkedHashSet<>();
        for (MediaDescription m : sections) {
            if (m.port() != 0) {
                bundled.add(m.mid().orElseThrow());
                m.msids().forEach(msid -> {
                    if (!Msid.NO_STREAM.equals(msid.streamId())) {
                        streams.add(msid.streamId());
                    }
                });
            }
        }
        SessionDescription.Builder b = SessionDescription.builder().origin(Origin.of(sessionId, ++sessionVersion));
        if (bundle && !bundled.isEmpty()) {
            b.addAttribute(Group.bundle(bundled));
        }
        b.addAttribute(new ExtmapAllowMixed());
        b.addAttribute(new MsidSemantic(WMS, List.copyOf(streams), true));
        return b.media(sections).build();
    }

    // ---- applying descriptions ----

    /**
     * {@code setLocalDescription}: an offer or answer this session created (unchanged), or a
     * rollback ({@code description} may then be null).
     *
     * @throws InvalidStateException  when the signaling state does not allow it
     * @throws OperationException     when the description is not the one last created
     */
    public void setLocalDescription(RTCSdpType type, SessionDescription description) {
        signaling.check(Side.LOCAL, type);
        if (type == RTCSdpType.ROLLBACK) {
            rollback();
            signaling.apply(Side.LOCAL, type);
            return;
        }
        Objects.requireNonNull(description, "description");
        RTCSdpType created = type == RTCSdpType.OFFER ? RTCSdpType.OFFER : RTCSdpType.ANSWER;
        String call = "setLocalDescription(" + type.w3cName() + ")";
        if (lastCreated == null || lastCreated.type() != created) {
            throw new OperationException(call + ": create" + (created == RTCSdpType.OFFER ? "Offer" : "Answer")
                    + " was not called first");
        }
        DescriptionValidator.checkSameLayout(description, lastCreated.description(), call);
        if (type == RTCSdpType.OFFER) {
            markRollbackPoint();
            List<Integer> plan = lastCreated.transceiverByMLine();
            for (int i = 0; i < plan.size(); i++) {
                if (plan.get(i) >= 0) {
                    int index = indexOf(plan.get(i));
                    transceivers.set(index, transceivers.get(index).associated(description.media().get(i).mid().orElseThrow(), i));
                }
            }
            pendingLocal = description;
        } else {
            applyAnswer(description, pendingRemote, false, type == RTCSdpType.PRANSWER);
            if (type == RTCSdpType.ANSWER) {
                currentRemote = pendingRemote;
                currentLocal = description;
                pendingRemote = null;
                pendingLocal = null;
            } else {
                pendingLocal = description;
            }
        }
        signaling.apply(Side.LOCAL, type);
    }

    /**
     * {@code setRemoteDescription}: validated first (JSEP and BUNDLE rules, an answer against our
     * offer), then applied; an offer associates or creates transceivers for its m-sections
     * (RFC 9429 §5.10).
     *
     * @throws InvalidStateException  when the signaling state does not allow it
     * @throws InvalidAccessException naming the m-line and rule a description breaks
     */
    public void setRemoteDescription(RTCSdpType type, SessionDescription description) {
        signaling.check(Side.REMOTE, type);
        if (type == RTCSdpType.ROLLBACK) {
            rollback();
            signaling.apply(Side.REMOTE, type);
            return;
        }
        Objects.requireNonNull(description, "description");
        DescriptionValidator.checkRemote(description, type);
        if (type == RTCSdpType.OFFER) {
            List<TransceiverState> associated = associate(description);
            markRollbackPoint();
            transceivers.clear();
            transceivers.addAll(associated);
            pendingRemote = description;
            lastCreated = null;
        } else {
            DescriptionValidator.checkAnswerMatchesOffer(pendingLocal, description);
            DescriptionValidator.checkRemoteAnswerMedia(pendingLocal, description);
            applyAnswer(pendingLocal, description, true, type == RTCSdpType.PRANSWER);
            if (type == RTCSdpType.ANSWER) {
                currentLocal = pendingLocal;
                currentRemote = description;
                pendingLocal = null;
                pendingRemote = null;
            } else {
                pendingRemote = description;
            }
        }
        signaling.apply(Side.REMOTE, type);
    }

    /**
     * The transceivers after a remote offer: each audio/video m-section goes to the transceiver
     * with its mid, else to an unassociated addTrack transceiver of its kind, else to a new
     * {@code recvonly} one. Computed on a copy so a bad offer changes nothing.
     */
    private List<TransceiverState> associate(SessionDescription offer) {
        int known = latestLocal().map(d -> d.media().size()).orElse(0);
        if (offer.media().size() < known) {
            throw new InvalidAccessException("the offer has " + offer.media().size() + " m-lines, fewer than the "
                    + known + " negotiated; m-lines are never removed (RFC 9429 §5.2.2)");
        }
        List<TransceiverState> out = new ArrayList<>(transceivers);
        int nextId = nextTransceiverId;
        for (int i = 0; i < offer.media().size(); i++) {
            MediaDescription m = offer.media().get(i);
            Optional<MediaKind> kind = MediaKind.fromSdp(m.media());
            if (kind.isEmpty() || !m.isRtp() || m.mid().isEmpty()) {
                continue;
            }
            String mid = m.mid().get();
            int index = find(out, t -> mid.equals(t.mid()));
            if (index >= 0) {
                if (out.get(index).kind() != kind.get()) {
                    throw new InvalidAccessException(DescriptionValidator.where(i, m) + ": is " + m.media()
                            + " but the transceiver with that mid is " + out.get(index).kind().sdpName());
                }
            } else if (!m.isRejected()) {
                index = find(out, t -> t.creator() == Creator.ADD_TRACK && t.mid() == null && t.mLineIndex() < 0
                        && !t.stopped() && t.kind() == kind.get());
                if (index < 0) {
                    out.add(new TransceiverState(nextId++, kind.get(), null, RTCRtpTransceiverDirection.RECVONLY, null,
                            Optional.empty(), Creator.REMOTE_OFFER, -1));
                    index = out.size() - 1;
                }
            }
            if (index >= 0) {
                out.set(index, out.get(index).associated(mid, i));
            }
        }
        nextTransceiverId = nextId;
        return out;
    }

    private static int find(List<TransceiverState> list, Predicate<TransceiverState> p) {
        for (int i = 0; i < list.size(); i++) {
            if (p.test(list.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private void applyAnswer(SessionDescription local, SessionDescription remote, boolean weOffered, boolean provisional) {
        Map<Integer, TransceiverState> byLine = new HashMap<>();
        transceivers.forEach(t -> {
            if (t.mLineIndex() >= 0) {
                byLine.put(t.mLineIndex(), t);
            }
        });
        NegotiatedSessionBuilder.History history = new NegotiatedSessionBuilder.History(
                Optional.ofNullable(negotiated),
                Optional.ofNullable(currentLocal).flatMap(BundleTransport::of).flatMap(BundleTransport::ufrag),
                Optional.ofNullable(negotiated).map(NegotiatedSession::localIceRole));
        Optional<NegotiatedSession> outcome = NegotiatedSessionBuilder.build(local, remote, weOffered, provisional, byLine, history);
        negotiated = outcome.orElse(null);
        if (provisional) {
            return;
        }
        SessionDescription answer = weOffered ? remote : local;
        List<TransceiverState> kept = new ArrayList<>();
        for (TransceiverState t : transceivers) {
            if (t.mLineIndex() < 0) {
                kept.add(t);
            } else if (answer.media().get(t.mLineIndex()).port() != 0) {
                RTCRtpTransceiverDirection d = outcome.flatMap(n -> n.mediaByMid(t.mid()))
                        .map(NegotiatedMedia::direction)
                        .orElse(RTCRtpTransceiverDirection.INACTIVE);
                kept.add(t.withCurrentDirection(d));
            }
            // W3C: a rejected or stopped m-section stops its transceiver, which then leaves the list.
        }
        transceivers.clear();
        transceivers.addAll(kept);
        currentLocalIsOffer = weOffered;
        rollbackPoint = null;
        lastCreated = null;
    }

    private void markRollbackPoint() {
        if (signaling.state() == RTCSignalingState.STABLE) {
            rollbackPoint = List.copyOf(transceivers);
        }
    }

    /**
     * Back to the last stable state (W3C "rollback"): associations made since are undone,
     * transceivers that only the rolled-back remote offer created go away, and what the
     * application changed meanwhile (directions, senders, new transceivers) stays.
     */
    private void rollback() {
        Map<Integer, TransceiverState> before = new HashMap<>();
        if (rollbackPoint != null) {
            rollbackPoint.forEach(t -> before.put(t.id(), t));
        }
        List<TransceiverState> out = new ArrayList<>();
        for (TransceiverState t : transceivers) {
            TransceiverState b = before.get(t.id());
            if (b != null) {
                out.add(t.associated(b.mid(), b.mLineIndex()).withCurrentDirection(b.currentDirection()));
            } else if (t.creator() != Creator.REMOTE_OFFER || t.sender().isPresent()) {
                out.add(t.associated(null, -1));
            }
        }
        transceivers.clear();
        transceivers.addAll(out);
        pendingLocal = null;
        pendingRemote = null;
        lastCreated = null;
        rollbackPoint = null;
    }

    private Optional<TransceiverState> byMLine(int index) {
        return transceivers.stream().filter(t -> t.mLineIndex() == index).findFirst();
    }

    private Optional<SessionDescription> latestLocal() {
        return Optional.ofNullable(pendingLocal != null ? pendingLocal : currentLocal);
    }

    // ---- state ----

    /**
     * W3C "check if negotiation is needed", for what the session sees: in {@code stable} state, a
     * transceiver not yet in a description, a stop not yet negotiated, or a direction the current
     * descriptions do not reflect. (An ICE restart the application asked for is the caller's part.)
     */
    public boolean negotiationNeeded() {
        return signaling.state() == RTCSignalingState.STABLE
                && NegotiationNeeded.check(transceivers, currentLocal, currentRemote, currentLocalIsOffer);
    }

    /** The outcome of the last answer (or pranswer), empty before one or when it rejected everything. */
    public Optional<NegotiatedSession> negotiated() {
        return Optional.ofNullable(negotiated);
    }

    /** W3C {@code localDescription}: the pending one if any, else the current one. */
    public Optional<SessionDescription> localDescription() {
        return latestLocal();
    }

    /** W3C {@code remoteDescription}: the pending one if any, else the current one. */
    public Optional<SessionDescription> remoteDescription() {
        return Optional.ofNullable(pendingRemote != null ? pendingRemote : currentRemote);
    }

    public Optional<SessionDescription> currentLocalDescription() {
        return Optional.ofNullable(currentLocal);
    }

    public Optional<SessionDescription> pendingLocalDescription() {
        return Optional.ofNullable(pendingLocal);
    }

    public Optional<SessionDescription> currentRemoteDescription() {
        return Optional.ofNullable(currentRemote);
    }

    public Optional<SessionDescription> pendingRemoteDescription() {
        return Optional.ofNullable(pendingRemote);
    }

    /** W3C {@code close()}: final; every later call fails with {@link InvalidStateException}. */
    public void close() {
        signaling.close();
    }
}
