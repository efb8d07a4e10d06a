package org.jpeer.jsep.sdp;

/**
 * One {@code a=} line. Every attribute WebRTC uses has its own record; anything else is kept as an
 * {@link UnknownAttribute}, in order, so parse → write loses nothing.
 *
 * <pre>{@code
 * SdpAttribute a = new Fingerprint("sha-256", "AB:CD:...");
 * a.name();        // "fingerprint"
 * a.sdpValue();    // "sha-256 AB:CD:..."
 * a.toSdpLine();   // "a=fingerprint:sha-256 AB:CD:..."
 * }</pre>
 */
public sealed interface SdpAttribute permits
        Group, ExtmapAllowMixed, MsidSemantic, Msid, Mid, IceUfrag, IcePwd, IceOptions, IceLite,
        Fingerprint, Setup, TlsId, Rtcp, RtcpMux, RtcpMuxOnly, RtcpRsize, RtpMap, Fmtp, RtcpFb,
        Extmap, Ssrc, SsrcGroup, Rid, Simulcast, Candidate, EndOfCandidates, SctpPort,
        MaxMessageSize, DirectionAttribute, Ptime, MaxPtime, BundleOnly, UnknownAttribute {

    /** The attribute name, e.g. {@code rtpmap}. */
    String name();

    /** The text after {@code name:}, or {@code null} for a property (flag) attribute such as {@code rtcp-mux}. */
    String sdpValue();

    /** The whole line without the line break: {@code a=name} or {@code a=name:value}. */
    default String toSdpLine() {
        String v = sdpValue();
        return v == null ? "a=" + name() : "a=" + name() + ":" + v;
    }
}
