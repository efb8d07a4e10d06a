package org.jpeer.jsep.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A whole SDP session description (RFC 8866), immutable. Parse one with {@link SdpParser#parse},
 * write it with {@link #write()}; {@link #builder()} and {@link #toBuilder()} make new ones.
 *
 * <pre>{@code
 * SessionDescription offer = SdpParser.parse(text);
 * offer.bundleGroups();                  // [a=group:BUNDLE 0 1]
 * offer.media().get(0).codecs();         // opus, red, ...
 * String answerText = SessionDescription.builder()
 *         .origin(Origin.of("4611731400430051336", 2))
 *         .addAttribute(Group.bundle(List.of("0")))
 *         .addMedia(audio)
 *         .build()
 *         .write();
 * }</pre>
 *
 * @param version the {@code v=} value, always 0
 * @param info the {@code i=} line or {@code null}
 * @param uri the {@code u=} line or {@code null}
 * @param emails the {@code e=} lines
 * @param phones the {@code p=} lines
 * @param connection the session-level {@code c=} line or {@code null}
 * @param timings the {@code t=} lines, each with its {@code r=} lines; at least one
 * @param timeZones the {@code z=} line as written, or {@code null}
 * @param encryptionKey the obsolete {@code k=} line as written, or {@code null}
 */
public record SessionDescription(int version, Origin origin, String sessionName, String info, String uri,
                                 List<String> emails, List<String> phones, Connection connection,
                                 List<Bandwidth> bandwidths, List<Timing> timings, String timeZones,
                                 String encryptionKey, List<SdpAttribute> attributes,
                                 List<MediaDescription> media) implements AttributeView {

    public SessionDescription {
        SdpGrammar.check(version == 0, "v= must be 0");
        SdpGrammar.check(origin != null, "o= is missing");
        SdpGrammar.text(sessionName, "s=");
        optionalText(info, "i=");
        optionalText(uri, "u=");
        emails = SdpGrammar.nonNullList(emails, "e=");
        emails.forEach(e -> SdpGrammar.text(e, "e="));
        phones = SdpGrammar.nonNullList(phones, "p=");
        phones.forEach(p -> SdpGrammar.text(p, "p="));
        bandwidths = SdpGrammar.nonNullList(bandwidths, "b=");
        timings = SdpGrammar.nonNullList(timings, "t=");
        SdpGrammar.check(!timings.isEmpty(), "t= is missing");
        optionalText(timeZones, "z=");
        optionalText(encryptionKey, "k=");
        attributes = SdpGrammar.nonNullList(attributes, "attributes");
        media = SdpGrammar.nonNullList(media, "media");
    }

    private static void optionalText(String value, String field) {
        if (value != null) {
            SdpGrammar.text(value, field);
        }
    }

    /** A builder with {@code v=0}, {@code s=-} and {@code t=0 0}, as JSEP writes; set at least the origin. */
    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.origin = origin;
        b.sessionName = sessionName;
        b.info = info;
        b.uri = uri;
        b.emails.addAll(emails);
        b.phones.addAll(phones);
        b.connection = connection;
        b.bandwidths.addAll(bandwidths);
        b.timings.clear();
        b.timings.addAll(timings);
        b.timeZones = timeZones;
        b.encryptionKey = encryptionKey;
        b.media.addAll(media);
        return b.attributes(attributes);
    }

    /** The SDP text, CRLF after every line. */
    public String write() {
        return SdpWriter.write(this);
    }

    /** Same as {@link #write()}. */
    @Override
    public String toString() {
        return write();
    }

    public List<Group> groups() {
        return attributes(Group.class);
    }

    public List<Group> bundleGroups() {
        return groups().stream().filter(Group::isBundle).toList();
    }

    /** The BUNDLE group that contains {@code mid}. */
    public Optional<Group> bundleGroupOf(String mid) {
        return bundleGroups().stream().filter(g -> g.mids().contains(mid)).findFirst();
    }

    public Optional<MsidSemantic> msidSemantic() {
        return attribute(MsidSemantic.class);
    }

    /** The m-section with this mid. */
    public Optional<MediaDescription> mediaByMid(String mid) {
        return media.stream().filter(m -> m.mid().filter(mid::equals).isPresent()).findFirst();
    }

    /**
     * The direction of m-section {@code index}: its own attribute, else the session-level one, else
     * {@code sendrecv} (RFC 8866 §6.7).
     */
    public Direction mediaDirection(int index) {
        MediaDescription m = media.get(index);
        return m.directionAttribute().or(this::directionAttribute).orElse(Direction.SENDRECV);
    }

    /** Builds or edits a session description; {@link #build()} validates. */
    public static final class Builder extends AttributeListBuilder<Builder> {
        private Origin origin;
        private String sessionName = "-";
        private String info;
        private String uri;
        private final List<String> emails = new ArrayList<>();
        private final List<String> phones = new ArrayList<>();
        private Connection connection;
        private final List<Bandwidth> bandwidths = new ArrayList<>();
        private final List<Timing> timings = new ArrayList<>(List.of(Timing.UNBOUNDED));
        private String timeZones;
        private String encryptionKey;
        private final List<MediaDescription> media = new ArrayList<>();

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        public Builder origin(Origin value) {
            this.origin = value;
            return this;
        }

        public Builder sessionName(String value) {
            this.sessionName = value;
            return this;
        }

        public Builder info(String value) {
            this.info = value;
            return this;
        }

        public Builder uri(String value) {
            this.uri = value;
            return this;
        }

        public Builder emails(List<String> value) {
            emails.clear();
            emails.addAll(value);
            return this;
        }

        public Builder phones(List<String> value) {
            phones.clear();
            phones.addAll(value);
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

        public Builder timings(List<Timing> value) {
            timings.clear();
            timings.addAll(value);
            return this;
        }

        public Builder timeZones(String value) {
            this.timeZones = value;
            return this;
        }

        public Builder encryptionKey(String value) {
            this.encryptionKey = value;
            return this;
        }

        public Builder media(List<MediaDescription> value) {
            media.clear();
            media.addAll(value);
            return this;
        }

        public Builder addMedia(MediaDescription value) {
            media.add(value);
            return this;
        }

        /** Replaces the m-section at {@code index}. */
        public Builder setMedia(int index, MediaDescription value) {
            media.set(index, value);
            return this;
        }

        public SessionDescription build() {
            return new SessionDescription(0, origin, sessionName, info, uri, emails, phones, connection, bandwidths,
                    timings, timeZones, encryptionKey, attributes, media);
        }
    }
}
