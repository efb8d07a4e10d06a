package org.jpeer.jsep;

import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jpeer.dtls.DtlsConfig;
import org.jpeer.dtls.DtlsState;
import org.jpeer.dtls.Fingerprint;
import org.jpeer.dtls.RTCCertificate;
import org.jpeer.ice.IceAgent;
import org.jpeer.ice.IceAgentConfig;
import org.jpeer.ice.IceCandidate;
import org.jpeer.ice.IceConnectionState;
import org.jpeer.ice.IceGatheringState;
import org.jpeer.ice.IceParameters;
import org.jpeer.ice.IceServer;
import org.jpeer.ice.IceTransportPolicy;
import org.jpeer.jsep.internal.ConnectionExecutor;
import org.jpeer.jsep.internal.ImpairedSender;
import org.jpeer.jsep.internal.InboundStream;
import org.jpeer.jsep.internal.LocalCandidates;
import org.jpeer.jsep.internal.OutboundStream;
import org.jpeer.jsep.internal.RemoteReports;
import org.jpeer.jsep.internal.RtpDemuxer;
import org.jpeer.jsep.internal.SecureTransport;
import org.jpeer.jsep.internal.StatsBuilder;
import org.jpeer.jsep.negotiation.IceCredentials;
import org.jpeer.jsep.negotiation.InvalidStateException;
import org.jpeer.jsep.negotiation.JsepSession;
import org.jpeer.jsep.negotiation.LocalTransport;
import org.jpeer.jsep.negotiation.MediaKind;
import org.jpeer.jsep.negotiation.NegotiatedMedia;
import org.jpeer.jsep.negotiation.NegotiatedSession;
import org.jpeer.jsep.negotiation.OfferOptions;
import org.jpeer.jsep.negotiation.RTCRtpTransceiverDirection;
import org.jpeer.jsep.negotiation.RTCSdpType;
import org.jpeer.jsep.negotiation.RTCSignalingState;
import org.jpeer.jsep.negotiation.RtpCodec;
import org.jpeer.jsep.negotiation.SenderInfo;
import org.jpeer.jsep.negotiation.TransceiverState;
import org.jpeer.jsep.sdp.MediaDescription;
import org.jpeer.jsep.sdp.Msid;
import org.jpeer.jsep.sdp.SdpParser;
import org.jpeer.jsep.sdp.SessionDescription;
import org.jpeer.rtp.RtpPacket;
import org.jpeer.rtp.rtcp.FullIntraRequest;
import org.jpeer.rtp.rtcp.GenericNack;
import org.jpeer.rtp.rtcp.PictureLossIndication;
import org.jpeer.rtp.rtcp.ReceiverReport;
import org.jpeer.rtp.rtcp.ReportBlock;
import org.jpeer.rtp.rtcp.RtcpPacket;
import org.jpeer.rtp.rtcp.SdesChunk;
import org.jpeer.rtp.rtcp.SenderReport;
import org.jpeer.rtp.rtcp.SourceDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A WebRTC peer connection with the browser's API (W3C {@code RTCPeerConnection}); promises are
 * {@link CompletableFuture}s.
 *
 * <pre>{@code
 * RTCPeerConnection pc = new RTCPeerConnection(RTCConfiguration.defaults());
 * pc.onIceCandidate(c -> signaling.send(c));
 * pc.onTrack(e -> e.track().onFrame(frame -> handle(frame)));
 * pc.addTrack(MediaStreamTrack.audio("mic"));
 * RTCSessionDescription offer = pc.createOffer().join();
 * pc.setLocalDescription(offer).join();
 * // ... send the offer, receive the answer ...
 * pc.setRemoteDescription(answer).join();
 * }</pre>
 *
 * <p>Threads: every call and every network event runs on the connection's own serial executor, so
 * the connection's state needs no locks; event listeners are called on it too and must return
 * quickly. {@link #close()} frees the executor, the sockets and the DTLS thread.
 */
public final class RTCPeerConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RTCPeerConnection.class);
    private static final long RTCP_INTERVAL_MILLIS = 1000;

    private final RTCConfiguration configuration;
    private final ConnectionExecutor executor;
    private final InstantSource clock = InstantSource.system();
    private final RTCCertificate certificate;
    private final IceAgent ice;
    private final SecureTransport transport;
    private final JsepSession jsep;
    private final RtpDemuxer demuxer = new RtpDemuxer();
    private final String cname = UUID.randomUUID().toString();
    private final long rtcpSsrc = ThreadLocalRandom.current().nextLong(1, 0x1_0000_0000L);
    private final List<RTCRtpTransceiver> transceivers = new ArrayList<>();
    private final List<IceCandidate> localCandidates = new ArrayList<>();
    private final Map<String, IceCandidate> remoteCandidates = new LinkedHashMap<>();
    private final RemoteReports remoteReports = new RemoteReports();
    private final Set<Integer> trackFired = new HashSet<>();
    private final ScheduledFuture<?> rtcpTimer;

    private volatile Consumer<RTCIceCandidate> onIceCandidate = c -> { };
    private volatile Consumer<RTCTrackEvent> onTrack = e -> { };
    private volatile Consumer<RTCPeerConnectionState> onConnectionStateChange = s -> { };
    private volatile Consumer<IceConnectionState> onIceConnectionStateChange = s -> { };
    private volatile Consumer<IceGatheringState> onIceGatheringStateChange = s -> { };
    private volatile Consumer<RTCSignalingState> onSignalingStateChange = s -> { };
    private volatile Runnable onNegotiationNeeded = () -> { };

    private volatile RTCPeerConnectionState connectionState = RTCPeerConnectionState.NEW;
    private volatile IceConnectionState iceConnectionState = IceConnectionState.NEW;
    private volatile IceGatheringState iceGatheringState = IceGatheringState.NEW;
    private volatile String failureReason;
    private volatile CompletableFuture<Void> gatheringComplete = new CompletableFuture<>();
    private NegotiatedSession negotiated;
    private RTCSdpType localDescriptionType;
    private RTCSdpType remoteDescriptionType;
    private boolean gatheringStarted;
    private boolean iceStarted;
    private boolean closed;
    private boolean negotiationNeeded;
    /** W3C [[LocalIceCredentialsToReplace]]: restartIce() was called and the next offer restarts ICE. */
    private boolean iceRestartRequested;
    /** The agent has restarted and its new credentials are not yet in a completed negotiation. */
    private boolean iceCredentialsFresh;
    private long droppedRtp;

    public RTCPeerConnection(RTCConfiguration configuration) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.executor = ConnectionExecutor.create();
        this.certificate = configuration.certificates().isEmpty()
                ? RTCCertificate.generate() : configuration.certificates().get(0);
        this.ice = IceAgent.create(IceAgentConfig.builder()
                .allowedAddresses(configuration.allowedAddresses())
                .iceServers(configuration.iceServers().stream()
                        .map(s -> new IceServer(s.urls(), s.username(), s.credential())).toList())
                .iceTransportPolicy(IceTransportPolicy.valueOf(configuration.iceTransportPolicy().name()))
                .build());
        this.transport = new SecureTransport(ice,
                DtlsConfig.builder().certificate(certificate).srtpProfiles(configuration.srtpProfiles()).build(),
                executor, new TransportEvents(), impairedSender(configuration.impairment(), ice, executor));
        this.jsep = new JsepSession(configuration.capabilities(), new SecureRandom());
        ice.onLocalCandidate(c -> executor.post(() -> onLocalCandidate(c)));
        ice.onGatheringStateChange(s -> executor.post(() -> onGatheringState(s)));
        ice.onConnectionStateChange(s -> executor.post(() -> onIceState(s)));
        this.rtcpTimer = executor.scheduleAtFixedRate(() -> executor.post(this::sendRtcpReports),
                RTCP_INTERVAL_MILLIS, RTCP_INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    private static ImpairedSender impairedSender(Impairment impairment, IceAgent ice, ConnectionExecutor executor) {
        if (impairment.isNone()) {
            return null;
        }
        return new ImpairedSender(ice.transport()::send,
                (task, nanos) -> executor.schedule(task, nanos, TimeUnit.NANOSECONDS),
                impairment.lossPercent(), impairment.delay().toNanos(), impairment.seed());
    }

    // ---- tracks and transceivers ------------------------------------------------------------

    /** Adds a track to send; reuses a transceiver a remote offer created for its kind, or adds one (sendrecv). */
    public RTCRtpSender addTrack(MediaStreamTrack track) {
        Objects.requireNonNull(track, "track");
        return call(() -> {
            requireOpen("addTrack");
            TransceiverState state = jsep.addTrack(track.kind(), newSenderInfo(track));
            RTCRtpSender sender = transceiverById(state.id()).map(t -> {
                t.update(state);
                t.sender().replaceTrack(track);
                return t.sender();
            }).orElseGet(() -> wrap(state, track).sender());
            updateNegotiationNeeded();
            return sender;
        });
    }

    /**
     * W3C {@code removeTrack}: the sender stops sending (its track becomes null) and its
     * transceiver no longer offers to send; the peer learns it at the next negotiation.
     */
    public void removeTrack(RTCRtpSender sender) {
        Objects.requireNonNull(sender, "sender");
        call(() -> {
            requireOpen("removeTrack");
            RTCRtpTransceiver t = transceivers.stream().filter(x -> x.sender() == sender).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("removeTrack: 'sender' does not belong to this connection"));
            if (sender.track() == null || t.stopped()) {
                return null;
            }
            sender.replaceTrack(null);
            jsep.setSender(t.id(), Optional.empty());
            RTCRtpTransceiverDirection d = t.direction();
            t.update(jsep.setDirection(t.id(), RTCRtpTransceiverDirection.of(false, d.receives())));
            updateNegotiationNeeded();
            return null;
        });
    }

    /** Adds a transceiver of a kind, without a track (e.g. {@code recvonly} to only receive). */
    public RTCRtpTransceiver addTransceiver(MediaKind kind, RTCRtpTransceiverDirection direction) {
        Objects.requireNonNull(kind, "kind");
        return call(() -> createTransceiver(kind, direction, null));
    }

    /** Adds a transceiver that sends {@code track} with the given direction. */
    public RTCRtpTransceiver addTransceiver(MediaStreamTrack track, RTCRtpTransceiverDirection direction) {
        Objects.requireNonNull(track, "track");
        return call(() -> createTransceiver(track.kind(), direction, track));
    }

    public List<RTCRtpTransceiver> getTransceivers() {
        return call(() -> List.copyOf(transceivers));
    }

    private RTCRtpTransceiver createTransceiver(MediaKind kind, RTCRtpTransceiverDirection direction,
                                                MediaStreamTrack track) {
        requireOpen("addTransceiver");
        Optional<SenderInfo> sender = track == null ? Optional.empty() : Optional.of(newSenderInfo(track));
        RTCRtpTransceiver t = wrap(jsep.addTransceiver(kind, direction, sender), track);
        updateNegotiationNeeded();
        return t;
    }

    private RTCRtpTransceiver wrap(TransceiverState state, MediaStreamTrack track) {
        RTCRtpSender sender = new RTCRtpSender(track, executor);
        MediaStreamTrack remoteTrack = MediaStreamTrack.remote(UUID.randomUUID().toString(), state.kind());
        RTCRtpReceiver receiver = new RTCRtpReceiver(remoteTrack);
        remoteTrack.onKeyframeRequest(() -> executor.post(() -> receiver.streams().forEach(InboundStream::requestKeyframe)));
        RTCRtpTransceiver t = new RTCRtpTransceiver(state, sender, receiver, new TransceiverControl());
        transceivers.add(t);
        return t;
    }

    private Optional<RTCRtpTransceiver> transceiverById(int id) {
        return transceivers.stream().filter(t -> t.id() == id).findFirst();
    }

    /** What a transceiver asks of its connection; each call runs on the executor. */
    private final class TransceiverControl implements RTCRtpTransceiver.Control {
        @Override
        public void setDirection(RTCRtpTransceiver t, RTCRtpTransceiverDirection direction) {
            call(() -> {
                requireOpen("setDirection");
                t.update(jsep.setDirection(t.id(), direction));
                updateNegotiationNeeded();
                return null;
            });
        }

        @Override
        public void stop(RTCRtpTransceiver t) {
            call(() -> {
                requireOpen("stop");
                if (t.stopped()) {
                    return null;
                }
                jsep.stop(t.id());
                // W3C "stop sending and receiving": at once, before the stop is negotiated.
                t.sender().setOutbound(null);
                t.receiver().end();
                syncTransceivers();
                updateNegotiationNeeded();
                return null;
            });
        }
    }

    /**
     * Mirrors the session's transceivers: each takes its new state; one the session dropped (a
     * negotiated stop, a rejected m-section, one stopped before any description) is stopped and
     * leaves the list, as it leaves a browser's {@code getTransceivers()}.
     */
    private void syncTransceivers() {
        List<TransceiverState> states = jsep.transceivers();
        for (RTCRtpTransceiver t : List.copyOf(transceivers)) {
            Optional<TransceiverState> state = states.stream().filter(s -> s.id() == t.id()).findFirst();
            if (state.isPresent()) {
                t.update(state.get());
                if (state.get().stopped()) {
                    t.sender().setOutbound(null);
                }
            } else {
                t.markStopped();
                t.sender().close();
                t.receiver().end();
                transceivers.remove(t);
                trackFired.remove(t.id());
            }
        }
    }

    private SenderInfo newSenderInfo(MediaStreamTrack track) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new SenderInfo(r.nextLong(1, 0x1_0000_0000L), OptionalLong.of(r.nextLong(1, 0x1_0000_0000L)),
                cname, "jpeer", track.id());
    }

    // ---- offer / answer ---------------------------------------------------------------------

    public CompletableFuture<RTCSessionDescription> createOffer() {
        return createOffer(OfferOptions.DEFAULT);
    }

    /**
     * An offer; {@code new OfferOptions(true)} (or an earlier {@link #restartIce()}) restarts ICE:
     * new credentials and candidates, media going on over the old pair until the new one is chosen.
     */
    public CompletableFuture<RTCSessionDescription> createOffer(OfferOptions options) {
        Objects.requireNonNull(options, "options");
        return submit(() -> {
            requireOpen("createOffer");
            boolean restart = (options.iceRestart() || iceRestartRequested || iceCredentialsFresh)
                    && jsep.localDescription().isPresent();
            if (restart && !iceCredentialsFresh) {
                restartIceAgent();
            }
            return new RTCSessionDescription(RTCSdpType.OFFER,
                    jsep.createOffer(new OfferOptions(restart), localTransport()).write());
        });
    }

    public CompletableFuture<RTCSessionDescription> createAnswer() {
        return submit(() -> {
            requireOpen("createAnswer");
            if (jsep.remoteOfferRestartsIce() && !iceCredentialsFresh) {
                restartIceAgent();
            }
            return new RTCSessionDescription(RTCSdpType.ANSWER, jsep.createAnswer(localTransport()).write());
        });
    }

    /**
     * W3C {@code restartIce()}: the next offer restarts ICE, and {@code onnegotiationneeded} asks
     * for it. Media goes on over the current pair meanwhile.
     */
    public void restartIce() {
        call(() -> {
            requireOpen("restartIce");
            iceRestartRequested = true;
            updateNegotiationNeeded();
            return null;
        });
    }

    /** New credentials and a new round of gathering, whose candidates replace the old ones. */
    private void restartIceAgent() {
        ice.restart();
        iceCredentialsFresh = true;
        localCandidates.clear();
        if (gatheringComplete.isDone()) {
            gatheringComplete = new CompletableFuture<>();
        }
    }

    /** Applies an offer or answer this side created (a description with type {@code rollback} undoes an offer). */
    public CompletableFuture<Void> setLocalDescription(RTCSessionDescription description) {
        return submit(() -> {
            requireOpen("setLocalDescription");
            RTCSignalingState before = jsep.signalingState();
            SessionDescription sdp = description.type() == RTCSdpType.ROLLBACK ? null : SdpParser.parse(description.sdp());
            jsep.setLocalDescription(description.type(), sdp);
            localDescriptionType = appliedType(description.type(), localDescriptionType);
            if (!gatheringStarted && sdp != null) {
                gatheringStarted = true;
                ice.startGathering();
            }
            afterDescription(before);
            return null;
        });
    }

    /** The implicit form: creates the offer or answer the signaling state calls for and applies it. */
    public CompletableFuture<Void> setLocalDescription() {
        return submit(() -> jsep.signalingState() == RTCSignalingState.HAVE_REMOTE_OFFER
                ? RTCSdpType.ANSWER : RTCSdpType.OFFER)
                .thenCompose(type -> (type == RTCSdpType.ANSWER ? createAnswer() : createOffer()))
                .thenCompose(this::setLocalDescription);
    }

    public CompletableFuture<Void> setRemoteDescription(RTCSessionDescription description) {
        return submit(() -> {
            requireOpen("setRemoteDescription");
            RTCSignalingState before = jsep.signalingState();
            SessionDescription sdp = description.type() == RTCSdpType.ROLLBACK ? null : SdpParser.parse(description.sdp());
            jsep.setRemoteDescription(description.type(), sdp);
            remoteDescriptionType = appliedType(description.type(), remoteDescriptionType);
            List<TransceiverState> states = jsep.transceivers();
            for (TransceiverState s : states) {
                if (transceivers.stream().noneMatch(t -> t.id() == s.id())) {
                    wrap(s, null);
                }
            }
            afterDescription(before);
            return null;
        });
    }

    /** The description last applied locally, with the candidates gathered since (as a browser shows it). */
    public RTCSessionDescription localDescription() {
        return call(() -> jsep.localDescription()
                .map(d -> new RTCSessionDescription(localDescriptionType,
                        LocalCandidates.write(d, localCandidates, iceGatheringState == IceGatheringState.COMPLETE).write()))
                .orElse(null));
    }

    /**
     * Completes when ICE gathering is complete, so that {@link #localDescription()} carries every
     * candidate: what a peer that does not trickle (WHIP without PATCH, webrtc-echoes) sends.
     * A JPeer convenience; a page waits for {@code icegatheringstatechange} instead.
     */
    public CompletableFuture<Void> whenIceGatheringComplete() {
        return gatheringComplete.copy();
    }

    public RTCSessionDescription remoteDescription() {
        return call(() -> jsep.remoteDescription()
                .map(d -> new RTCSessionDescription(remoteDescriptionType, d.write()))
                .orElse(null));
    }

    /** Adds a trickled remote candidate; an empty candidate string marks the end of candidates. */
    public CompletableFuture<Void> addIceCandidate(RTCIceCandidate candidate) {
        return submit(() -> {
            requireOpen("addIceCandidate");
            if (jsep.remoteDescription().isEmpty()) {
                throw new InvalidStateException("addIceCandidate: no remote description yet (signaling state "
                        + jsep.signalingState().w3cName() + ")");
            }
            if (candidate.isEndOfCandidates()) {
                ice.endOfRemoteCandidates();
            } else {
                addRemoteCandidate(IceCandidate.parse(candidate.candidate()));
            }
            return null;
        });
    }

    private void addRemoteCandidate(IceCandidate c) {
        if (remoteCandidates.putIfAbsent(c.toSdpValue(), c) == null) {
            ice.addRemoteCandidate(c);
        }
    }

    /** A rollback restores the description of the last stable state, which was an answer or an offer. */
    private static RTCSdpType appliedType(RTCSdpType applied, RTCSdpType previous) {
        return applied == RTCSdpType.ROLLBACK ? previous : applied;
    }

    private LocalTransport localTransport() {
        IceParameters p = ice.localParameters();
        Fingerprint fp = certificate.fingerprint();
        return new LocalTransport(new IceCredentials(p.ufrag(), p.pwd()),
                org.jpeer.jsep.sdp.Fingerprint.of(fp.algorithm(), fp.value()),
                localCandidates, iceGatheringState == IceGatheringState.COMPLETE);
    }

    private void afterDescription(RTCSignalingState before) {
        syncTransceivers();
        Optional<NegotiatedSession> n = jsep.negotiated();
        if (n.isPresent() && !n.get().provisional() && n.get() != negotiated) {
            applyNegotiation(n.get());
        }
        fireTracks();
        RTCSignalingState after = jsep.signalingState();
        if (after != before) {
            onSignalingStateChange.accept(after);
        }
        if (after == RTCSignalingState.STABLE) {
            // W3C: back in stable, a change made during the negotiation fires now; one that the
            // negotiation settled clears the flag.
            boolean wasNeeded = negotiationNeeded;
            updateNegotiationNeeded();
            if (wasNeeded && negotiationNeeded) {
                fireNegotiationNeededLater();
            }
        }
    }

    /**
     * W3C "update the negotiation-needed flag": outside stable state nothing happens (the return
     * to stable re-checks); otherwise the event is queued once per batch of changes, since the
     * flag stays set until a negotiation or a re-check clears it.
     */
    private void updateNegotiationNeeded() {
        if (closed || jsep.signalingState() != RTCSignalingState.STABLE) {
            return;
        }
        if (!iceRestartRequested && !jsep.negotiationNeeded()) {
            negotiationNeeded = false;
            return;
        }
        if (negotiationNeeded) {
            return;
        }
        negotiationNeeded = true;
        fireNegotiationNeededLater();
    }

    /** Queued, so that changes made in the same run of calls are one batch and fire once. */
    private void fireNegotiationNeededLater() {
        executor.post(() -> {
            if (!closed && negotiationNeeded && jsep.signalingState() == RTCSignalingState.STABLE) {
                onNegotiationNeeded.run();
            }
        });
    }

    /**
     * W3C "process remote tracks": {@code ontrack} fires once per transceiver, during
     * setRemoteDescription, when the remote description says its m-section sends to us. An
     * answerer's listener can thus add a track before {@code createAnswer} (as an echo does).
     */
    private void fireTracks() {
        Optional<SessionDescription> remote = jsep.remoteDescription();
        if (remote.isEmpty()) {
            return;
        }
        for (RTCRtpTransceiver t : List.copyOf(transceivers)) {
            if (t.mid() == null || t.stopped() || trackFired.contains(t.id())) {
                continue;
            }
            Optional<MediaDescription> m = remote.get().mediaByMid(t.mid());
            if (m.isPresent() && !m.get().isRejected() && m.get().direction().canSend()) {
                trackFired.add(t.id());
                List<String> streams = m.get().msids().stream().map(Msid::streamId).toList();
                onTrack.accept(new RTCTrackEvent(t.receiver(), t.receiver().track(), streams, t));
            }
        }
    }

    private Optional<NegotiatedMedia> negotiatedMedia(RTCRtpTransceiver t) {
        return negotiated == null ? Optional.empty()
                : negotiated.media().stream().filter(m -> m.transceiverId() == t.id()).findFirst();
    }

    private void applyNegotiation(NegotiatedSession n) {
        NegotiatedSession previous = negotiated;
        negotiated = n;
        if (previous == null || n.iceRestart()) {
            ice.setRemoteParameters(new IceParameters(n.remoteIceUfrag(), n.remoteIcePwd()));
        }
        if (n.iceRestart()) {
            iceRestartRequested = false;
            iceCredentialsFresh = false;
        }
        n.remoteCandidates().forEach(this::addRemoteCandidate);
        if (n.remoteEndOfCandidates()) {
            ice.endOfRemoteCandidates();
        }
        if (!iceStarted) {
            iceStarted = true;
            ice.start(n.localIceRole());
        }
        startDtlsWhenReady();
        demuxer.configure(n);
        int maxPayload = ice.transport().maxDatagramSize() - 12 - 32 - 16;
        for (RTCRtpTransceiver t : transceivers) {
            Optional<NegotiatedMedia> m = negotiatedMedia(t).filter(x -> !t.stopped());
            OutboundStream current = t.sender().outbound();
            long ssrc = m.flatMap(NegotiatedMedia::localSender).map(SenderInfo::ssrc).orElse(-1L);
            int payloadType = m.flatMap(NegotiatedMedia::sendCodec).map(RtpCodec::payloadType).orElse(-1);
            if (m.isEmpty()) {
                t.sender().setOutbound(null);
            } else if (current == null || current.ssrc() != ssrc || current.codec().payloadType() != payloadType) {
                OutboundStream resumed = m.get().direction().sends() ? t.sender().resumable(ssrc, payloadType) : null;
                t.sender().setOutbound(resumed != null ? resumed
                        : OutboundStream.create(m.get(), transport, maxPayload, clock));
                if (transport.srtp() != null) {
                    // Added in a renegotiation while media flows: start it with a keyframe too.
                    t.sender().keyframeRequested();
                }
            }
        }
    }

    private void startDtlsWhenReady() {
        if (negotiated != null && !transport.dtlsStarted()) {
            Fingerprint remote = new Fingerprint(negotiated.remoteFingerprint().hashFunction(),
                    negotiated.remoteFingerprint().bytes());
            transport.startDtls(negotiated.localDtlsRole(), remote, iceConnectionState);
        }
    }

    // ---- network events (on the executor) ---------------------------------------------------

    private void onLocalCandidate(IceCandidate c) {
        if (closed) {
            return;
        }
        localCandidates.add(c);
        onIceCandidate.accept(new RTCIceCandidate(c.toSdpValue(), firstMid(), 0, ice.localParameters().ufrag()));
    }

    private void onGatheringState(IceGatheringState s) {
        if (closed) {
            return;
        }
        iceGatheringState = s;
        onIceGatheringStateChange.accept(s);
        if (s == IceGatheringState.COMPLETE) {
            onIceCandidate.accept(RTCIceCandidate.endOfCandidates(firstMid(), 0));
            gatheringComplete.complete(null);
        }
    }

    private String firstMid() {
        return transceivers.stream().map(RTCRtpTransceiver::mid).filter(Objects::nonNull).findFirst().orElse("0");
    }

    private void onIceState(IceConnectionState s) {
        if (closed) {
            return;
        }
        iceConnectionState = s;
        onIceConnectionStateChange.accept(s);
        if (s == IceConnectionState.FAILED && failureReason == null) {
            failureReason = "ICE failed: no candidate pair succeeded (" + localCandidates.size() + " local, "
                    + remoteCandidates.size() + " remote candidates)";
        }
        startDtlsWhenReady();
        updateConnectionState();
    }

    private final class TransportEvents implements SecureTransport.Listener {
        // Packets queued before close() still run on the executor as it drains: drop them, so no
        // frame reaches a track after close.
        @Override
        public void onRtp(RtpPacket packet) {
            if (!closed) {
                receiveRtp(packet);
            }
        }

        @Override
        public void onRtcp(List<RtcpPacket> packets) {
            if (!closed) {
                remoteReports.onRtcp(packets, clock.millis());
                receiveRtcp(packets);
            }
        }

        @Override
        public void onDtlsState(DtlsState state, String reason) {
            if (state == DtlsState.FAILED && failureReason == null) {
                failureReason = "DTLS failed: " + reason;
            }
            updateConnectionState();
            if (state == DtlsState.CONNECTED) {
                // Media can flow from now on: start each video stream with a keyframe, at once,
                // rather than at the source's next frame tick.
                transceivers.stream().map(RTCRtpTransceiver::sender).filter(s -> s.outbound() != null)
                        .forEach(RTCRtpSender::keyframeRequested);
            }
        }
    }

    private void receiveRtp(RtpPacket packet) {
        Optional<RTCRtpTransceiver> t = demuxer.route(packet).flatMap(this::transceiverByMid);
        if (t.isEmpty()) {
            droppedRtp++;
            return;
        }
        RTCRtpReceiver receiver = t.get().receiver();
        Optional<NegotiatedMedia> media = negotiatedMedia(t.get());
        long ssrc = media.map(m -> InboundStream.primarySsrc(m, packet.ssrc())).orElse(packet.ssrc());
        InboundStream stream = receiver.stream(ssrc);
        if (stream == null) {
            RtpCodec codec = media.map(m -> m.receiveCodecs().get(packet.payloadType())).orElse(null);
            stream = codec == null ? null : InboundStream.create(media.get(), ssrc, codec, rtcpSsrc, clock,
                    frame -> receiver.track().deliver(frame), this::sendFeedback);
            if (stream == null || !receiver.addStream(ssrc, stream)) {
                droppedRtp++;
                return;
            }
        }
        stream.receive(packet);
    }

    private Optional<RTCRtpTransceiver> transceiverByMid(String mid) {
        return transceivers.stream().filter(t -> mid.equals(t.mid())).findFirst();
    }

    private void receiveRtcp(List<RtcpPacket> packets) {
        for (RtcpPacket p : packets) {
            if (p instanceof SenderReport sr) {
                inboundStream(sr.ssrc()).ifPresent(s -> s.onSenderReport(sr));
                sr.reports().forEach(this::onReportBlock);
            } else if (p instanceof ReceiverReport rr) {
                rr.reports().forEach(this::onReportBlock);
            } else if (p instanceof PictureLossIndication pli) {
                senderBySsrc(pli.mediaSsrc()).ifPresent(RTCRtpSender::keyframeRequested);
            } else if (p instanceof FullIntraRequest fir) {
                fir.entries().forEach(e -> senderBySsrc(e.ssrc()).ifPresent(RTCRtpSender::keyframeRequested));
            } else if (p instanceof GenericNack nack) {
                senderBySsrc(nack.mediaSsrc()).ifPresent(s -> s.outbound().onRtcp(nack));
            }
        }
    }

    private void onReportBlock(ReportBlock block) {
        transceivers.stream().map(t -> t.sender().outbound()).filter(Objects::nonNull)
                .filter(o -> o.ssrc() == block.ssrc()).forEach(o -> o.onReportBlock(block));
    }

    private Optional<InboundStream> inboundStream(long ssrc) {
        return transceivers.stream().map(t -> t.receiver().stream(ssrc)).filter(Objects::nonNull).findFirst();
    }

    private Optional<RTCRtpSender> senderBySsrc(long ssrc) {
        return transceivers.stream().map(RTCRtpTransceiver::sender)
                .filter(s -> s.outbound() != null && s.outbound().ssrc() == ssrc).findFirst();
    }

    /** RFC 4585 feedback (PLI, NACK), in a compound packet that starts with an (empty) receiver report. */
    private void sendFeedback(RtcpPacket feedback) {
        transport.sendRtcp(List.of(new ReceiverReport(rtcpSsrc, List.of()), feedback));
    }

    /** RFC 3550 §6.4: a sender report per sending stream, a receiver report when we only receive; with SDES CNAME. */
    private void sendRtcpReports() {
        if (closed || transport.srtp() == null) {
            return;
        }
        long rtt = transceivers.stream().map(t -> t.sender().outbound()).filter(Objects::nonNull)
                .mapToLong(o -> o.stream().roundTripMillis()).max().orElse(-1);
        List<ReportBlock> blocks = new ArrayList<>();
        for (RTCRtpTransceiver t : transceivers) {
            for (InboundStream s : t.receiver().streams()) {
                s.setRoundTripMillis(rtt);
                s.poll();
                blocks.add(s.reportBlock());
            }
        }
        List<RtcpPacket> compound = new ArrayList<>();
        List<SdesChunk> chunks = new ArrayList<>();
        boolean first = true;
        for (RTCRtpTransceiver t : transceivers) {
            OutboundStream o = t.sender().outbound();
            if (o != null && o.stream().packetsSent() > 0) {
                compound.add(o.senderReport(first ? blocks : List.of()));
                chunks.add(SdesChunk.cname(o.ssrc(), cname));
                first = false;
            }
        }
        if (compound.isEmpty()) {
            if (blocks.isEmpty()) {
                return;
            }
            compound.add(new ReceiverReport(rtcpSsrc, blocks));
            chunks.add(SdesChunk.cname(rtcpSsrc, cname));
        }
        compound.add(new SourceDescription(chunks));
        transport.sendRtcp(compound);
    }

    // ---- state ------------------------------------------------------------------------------

    private void updateConnectionState() {
        RTCPeerConnectionState next = computeConnectionState();
        if (next != connectionState) {
            connectionState = next;
            LOG.debug("connection state {}", next);
            onConnectionStateChange.accept(next);
        }
    }

    /** W3C §4.3.3: the aggregate of the ICE and DTLS transport states. */
    private RTCPeerConnectionState computeConnectionState() {
        if (closed) {
            return RTCPeerConnectionState.CLOSED;
        }
        DtlsState dtls = transport.dtlsState();
        IceConnectionState iceState = iceConnectionState;
        if (iceState == IceConnectionState.FAILED || dtls == DtlsState.FAILED) {
            return RTCPeerConnectionState.FAILED;
        }
        if (iceState == IceConnectionState.DISCONNECTED) {
            return RTCPeerConnectionState.DISCONNECTED;
        }
        if (iceState == IceConnectionState.NEW && (dtls == DtlsState.NEW || dtls == DtlsState.CLOSED)) {
            return RTCPeerConnectionState.NEW;
        }
        if ((iceState == IceConnectionState.CONNECTED || iceState == IceConnectionState.COMPLETED)
                && dtls == DtlsState.CONNECTED) {
            return RTCPeerConnectionState.CONNECTED;
        }
        return RTCPeerConnectionState.CONNECTING;
    }

    public RTCPeerConnectionState connectionState() {
        return connectionState;
    }

    public IceConnectionState iceConnectionState() {
        return iceConnectionState;
    }

    public IceGatheringState iceGatheringState() {
        return iceGatheringState;
    }

    public RTCSignalingState signalingState() {
        return call(jsep::signalingState);
    }

    /** Why the connection failed (ICE, DTLS), or empty. */
    public Optional<String> failureReason() {
        return Optional.ofNullable(failureReason);
    }

    public RTCCertificate certificate() {
        return certificate;
    }

    public RTCConfiguration configuration() {
        return configuration;
    }

    // ---- stats ------------------------------------------------------------------------------

    /**
     * W3C {@code getStats()}: {@code peer-connection}, {@code transport}, every local and remote
     * candidate, the selected {@code candidate-pair}, {@code certificate}, a {@code codec} per
     * negotiated payload type, {@code inbound-rtp}/{@code outbound-rtp} per stream and, once the
     * peer's RTCP came, {@code remote-inbound-rtp} (loss, jitter, RTT from its report blocks) and
     * {@code remote-outbound-rtp} (from its sender reports). {@link RTCStatsReport#toJson()} gives
     * what a page's {@code Object.fromEntries(await pc.getStats())} would hold.
     */
    public CompletableFuture<RTCStatsReport> getStats() {
        return submit(() -> {
            StatsBuilder b = new StatsBuilder(clock.millis());
            b.peerConnection();
            b.transport(transport, ice, iceConnectionState, iceGatheringState, certificate, negotiated, droppedRtp);
            b.candidates(localCandidates, remoteCandidates.values());
            if (negotiated != null) {
                b.negotiatedCodecs(negotiated);
            }
            for (RTCRtpTransceiver t : transceivers) {
                OutboundStream o = t.sender().outbound();
                if (o != null) {
                    b.outbound(t.kind().sdpName(), o, t.sender().track() == null ? null : t.sender().track().id(),
                            remoteReports.aboutOurStream(o.ssrc()));
                }
                for (InboundStream s : t.receiver().streams()) {
                    b.inbound(t.kind().sdpName(), s, t.receiver().track().id(),
                            remoteReports.ofTheirStream(s.stream().ssrc()));
                }
            }
            return new RTCStatsReport(b.build());
        });
    }

    // ---- events -----------------------------------------------------------------------------

    public void onIceCandidate(Consumer<RTCIceCandidate> listener) {
        onIceCandidate = Objects.requireNonNull(listener);
    }

    public void onTrack(Consumer<RTCTrackEvent> listener) {
        onTrack = Objects.requireNonNull(listener);
    }

    public void onConnectionStateChange(Consumer<RTCPeerConnectionState> listener) {
        onConnectionStateChange = Objects.requireNonNull(listener);
    }

    public void onIceConnectionStateChange(Consumer<IceConnectionState> listener) {
        onIceConnectionStateChange = Objects.requireNonNull(listener);
    }

    public void onIceGatheringStateChange(Consumer<IceGatheringState> listener) {
        onIceGatheringStateChange = Objects.requireNonNull(listener);
    }

    public void onSignalingStateChange(Consumer<RTCSignalingState> listener) {
        onSignalingStateChange = Objects.requireNonNull(listener);
    }

    /**
     * W3C {@code onnegotiationneeded}: called on the connection's thread when a change (a track or
     * transceiver added, a direction set, a transceiver stopped) needs an offer/answer exchange;
     * once per batch of changes and only in {@code stable} state, re-checked after each
     * negotiation. The usual reaction is "perfect negotiation":
     * <pre>{@code
     * pc.onNegotiationNeeded(() -> pc.setLocalDescription()
     *         .thenRun(() -> signaling.send(pc.localDescription())));
     * }</pre>
     */
    public void onNegotiationNeeded(Runnable listener) {
        onNegotiationNeeded = Objects.requireNonNull(listener);
    }

    // ---- close ------------------------------------------------------------------------------

    /**
     * Closes the connection: sends DTLS close_notify, frees sockets and threads. Idempotent; may be
     * called from a listener.
     */
    @Override
    public void close() {
        if (executor.inExecutor()) {
            closeNow();
            executor.shutdown();
            return;
        }
        submit(() -> {
            closeNow();
            return null;
        }).handle((v, e) -> null).join();
        executor.shutdown();
    }

    private void closeNow() {
        if (closed) {
            return;
        }
        closed = true;
        rtcpTimer.cancel(false);
        transceivers.forEach(t -> t.sender().close());
        transport.close();
        ice.close();
        jsep.close();
        connectionState = RTCPeerConnectionState.CLOSED;
        onConnectionStateChange.accept(RTCPeerConnectionState.CLOSED);
    }

    private void requireOpen(String call) {
        if (closed) {
            throw new InvalidStateException(call + ": the connection is closed");
        }
    }

    private <T> CompletableFuture<T> submit(Supplier<T> task) {
        try {
            return CompletableFuture.supplyAsync(task, executor);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new InvalidStateException("the connection is closed"));
        }
    }

    /** Runs on the executor and waits: for the synchronous parts of the API. */
    private <T> T call(Supplier<T> task) {
        if (executor.inExecutor()) {
            return task.get();
        }
        try {
            return submit(task).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public String toString() {
        return "RTCPeerConnection[" + connectionState.w3cName() + "]";
    }
}
