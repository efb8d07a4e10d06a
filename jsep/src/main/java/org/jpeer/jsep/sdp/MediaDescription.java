package org.jpeer.jsep.sdp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jpeer.ice.IceCandidate;

/**
 * One m-section (RFC 8866 §5.14): {@code m=MEDIA PORT[/COUNT] PROTO FORMAT...} and its {@code i= c= b= k= a=} lines.
 *
 * <pre>{@code
 * MediaDescription audio = MediaDescription.builder("audio", 9, "UDP/TLS/RTP/SAVPF")
 *         .formats(List.of("111"))
 *         .connection(Connection.UNSPECIFIED)
 *         .addAttribute(new Mid("0"))
 *         .addAttribute(new RtpMap(111, "opus", 48000, 2))
 *         .build();
 * audio.mid();         // Optional[0]
 * audio.direction();   // SENDRECV
 * }</pre>
 *
 * @param portCount the {@code /count} after the port, or {@code null}
 * @param info the {@code i=} line, or {@code null}
 * @param connection the {@code c=} line, or {@code null} (then the session's applies)
 * @param encryptionKey the obsolete {@code k=} line kept as written, or {@code null}
 */
public record MediaDescription(String media, int port, Integer portCount, String protocol, List<String> formats,
                               String info, Connection connection, List<Bandwidth> bandwidths,
                               String encryptionKey, List<SdpAttribute> attributes) implements AttributeView {

    public static final String AUDIO = "audio";
    public static final String VIDEO = "video";
    public static final String APPLICATION = "application";

    public MediaDescription {
        SdpGrammar.token(media, "media type");
        SdpGrammar.check(port >= 0 && port <= 65535, "port " + port + " is not in 0..65535");
        SdpGrammar.check(portCount == null || portCount >= 1, "port count " + portCount + " is not positive");
        SdpGrammar.check(protocol != null && !protocol.isEmpty(), "m= needs a protocol");
        for (String p : protocol.split("/", -1)) {
            SdpGrammar.token(p, "protocol part");
        }
        formats = SdpGrammar.nonNullList(formats, "formats");
        SdpGrammar.check(!formats.isEmpty(), "m= needs at least one format");
        SdpGrammar.check(formats.size() <= SdpLimits.MAX_FORMATS, "more than " + SdpLimits.MAX_FORMATS + " formats");
        formats.forEach(f -> SdpGrammar.token(f, "format"));
        if (info != null) {
            SdpGrammar.text(info, "i=");
        }
        bandwidths = SdpGrammar.nonNullList(bandwidths, "bandwidths");
        if (encryptionKey != null) {
            SdpGrammar.text(encryptionKey, "k=");
        }
        attributes = SdpGrammar.nonNullList(attributes, "attributes");
    }

    public static Builder builder(String media, int port, String protocol) {
        return new Builder(media, port, protocol);
    }

    public Builder toBuilder() {
        Builder b = new Builder(media, port, protocol);
        b.portCount = portCount;
        b.formats.addAll(formats);
        b.info = info;
        b.connection = connection;
        b.bandwidths.addAll(bandwidths);
        b.encryptionKey = encryptionKey;
        return b.attributes(attributes);
    }

    public Optional<String> mid() {
        return attribute(Mid.class).map(Mid::mid);
    }

    /** The direction attribute of this section, {@code sendrecv} when none is written (RFC 8866 §6.7). */
    public Direction direction() {
        return directionAttribute().orElse(Direction.SENDRECV);
    }

    /** Port 0 without {@code a=bundle-only}: the section was rejected or its transceiver stopped (RFC 9429 §5.2.2). */
    public boolean isRejected() {
        return port == 0 && !isBundleOnly();
    }

    public boolean isRtp() {
        return protocol.contains("RTP/");
    }

    /** The numeric formats, i.e. the payload types of an RTP section, in m-line order. */
    public List<Integer> payloadTypes() {
        List<Integer> out = new ArrayList<>();
        for (String f : formats) {
            if (f.length() <= 3 && f.chars().allMatch(c -> c >= '0' && c <= '9')) {
                int pt = Integer.parseInt(f);
                if (pt <= 127) {
                    out.add(pt);
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    public List<RtpMap> rtpMaps() {
        return attributes(RtpMap.class);
    }

    public Optional<RtpMap> rtpMap(int payloadType) {
        return rtpMaps().stream().filter(m -> m.payloadType() == payloadType).findFirst();
    }

    public List<Fmtp> fmtps() {
        return attributes(Fmtp.class);
    }

    public Optional<Fmtp> fmtp(int payloadType) {
        return fmtps().stream().filter(f -> f.payloadType() == payloadType).findFirst();
    }

    /** The feedback that applies to {@code payloadType}: its own lines and the {@code *} ones, in order. */
    public List<RtcpFb> rtcpFbs(int payloadType) {
        return attributes(RtcpFb.class).stream().filter(fb -> fb.appliesTo(payloadType)).toList();
    }

    public List<RtcpFb> rtcpFbs() {
        return attributes(RtcpFb.class);
    }

    /**
     * The codecs in m-line order: each payload type with its rtpmap (or its static RFC 3551
     * assignment), fmtp and feedback. Formats with neither are left out.
     */
    public List<Codec> codecs() {
        List<Codec> out = new ArrayList<>();
        for (int pt : payloadTypes()) {
            Optional<RtpMap> map = rtpMap(pt).or(() -> StaticPayloadTypes.rtpMap(pt));
            map.ifPresent(m -> out.add(new Codec(m, fmtp(pt).orElse(null), rtcpFbs(pt))));
        }
        return Collections.unmodifiableList(out);
    }

    public List<IceCandidate> candidates() {
        return attributes(Candidate.class).stream().map(Candidate::candidate).toList();
    }

    public boolean isEndOfCandidates() {
        return has(EndOfCandidates.class);
    }

    public List<Ssrc> ssrcs() {
        return attributes(Ssrc.class);
    }

    /** The distinct SSRCs of the {@code a=ssrc} lines, in order of first appearance. */
    public List<Long> ssrcIds() {
        return ssrcs().stream().map(Ssrc::ssrc).distinct().toList();
    }

    public List<SsrcGroup> ssrcGroups() {
        return attributes(SsrcGroup.class);
    }

    public List<Msid> msids() {
        return attributes(Msid.class);
    }

    public List<Rid> rids() {
        return attributes(Rid.class);
    }

    public Optional<Simulcast> simulcast() {
        return attribute(Simulcast.class);
    }

    public boolean isRtcpMux() {
        return has(RtcpMux.class);
    }

    public boolean isRtcpMuxOnly() {
        return has(RtcpMuxOnly.class);
    }

    public boolean isRtcpRsize() {
        return has(RtcpRsize.class);
    }

    public boolean isBundleOnly() {
        return has(BundleOnly.class);
    }

    public Optional<Integer> sctpPort() {
        return attribute(SctpPort.class).map(SctpPort::port);
    }

    public Optional<Long> maxMessageSize() {
        return attribute(MaxMessageSize.class).map(MaxMessageSize::size);
    }

    /** The {@code m=} line's value, e.g. {@code audio 9 UDP/TLS/RTP/SAVPF 111 0}. */
    public String mediaLineValue() {
        StringBuilder b = new StringBuilder().append(media).append(' ').append(port);
        if (portCount != null) {
            b.append('/').append(portCount);
        }
        b.append(' ').append(protocol);
        for (String f : formats) {
            b.append(' ').append(f);
        }
        return b.toString();
    }

    /** This section as SDP text, CRLF after every line. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        SdpWriter.writeMedia(b, this);
        return b.toString();
    }

    /**
     * Builds or edits an m-section; {@link #build()} validates.
     */
    public static final class Builder extends AttributeListBuilder<Builder> {
        private String media;
        private int port;
        private Integer portCount;
        private String protocol;
        private final List<String> formats = new ArrayList<>();
        private String info;
        private Connection connection;
        private final List<Bandwidth> bandwidths = new ArrayList<>();
        private String encryptionKey;

        private Builder(String media, int port, String protocol) {
            this.media = media;
            this.port = port;
            this.protocol = protocol;
        }

        @Override
        Builder self() {
            return this;
        }

        public Builder media(String value) {
            this.media = value;
            return this;
        }

        public Builder port(int value) {
            this.port = value;
            return this;
        }

        public Builder portCount(Integer value) {
            this.portCount = value;
            return this;
        }

        public Builder protocol(String value) {
            this.protocol = value;
            return this;
        }

        public Builder formats(List<String> value) {
            formats.clear();
            formats.addAll(value);
            return this;
        }

        /** Sets the formats to these payload types. */
        public Builder payloadTypes(List<Integer> value) {
            formats.clear();
            value.forEach(pt -> formats.add(Integer.toString(pt)));
            return this;
        }

        public Builder info(String value) {
            this.info = value;
            return this;
        }

        public Builder connection(Connection value) {
            this.connection = value;
            return this;
        }

        public Builder bandwidths(List<Bandwidth> value) {
            bandwidths.clear();
            bandwidths.addAll(value);
            return this;
        }

        public Builder addBandwidth(Bandwidth value) {
            bandwidths.add(value);
            return this;
        }

        public Builder encryptionKey(String value) {
            this.encryptionKey = value;
            return this;
        }

        public MediaDescription build() {
            return new MediaDescription(media, port, portCount, protocol, formats, info, connection, bandwidths,
                    encryptionKey, attributes);
        }
    }}
