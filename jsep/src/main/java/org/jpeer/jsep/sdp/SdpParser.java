package org.jpeer.jsep.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Parses SDP text (RFC 8866) with every WebRTC attribute typed (see {@link SdpAttribute}); unknown
 * attributes are kept verbatim and in order, so {@code parse(text).write()} gives back {@code text}
 * with CRLF line ends.
 *
 * <p>The parser is strict where RFC 8866 is: lines in the order {@code v o s i u e p c b t r z k a m}
 * (per m-section {@code i c b k a}), no unknown type letters, single spaces between fields, no empty
 * lines except at the end. Lines may end in CRLF or LF. Anything else fails with an
 * {@link InvalidSdpException} naming the line and the rule; no other exception escapes for any input.
 *
 * <p>Sizes are bounded by {@link SdpLimits}: {@value SdpLimits#MAX_TOTAL_CHARS} characters in all,
 * {@value SdpLimits#MAX_LINE_CHARS} per line, {@value SdpLimits#MAX_MEDIA} m-sections,
 * {@value SdpLimits#MAX_ATTRIBUTES} attributes per section, {@value SdpLimits#MAX_FORMATS} formats
 * per m-line and {@value SdpLimits#MAX_OTHER_LINES} of each other repeatable line per section.
 *
 * <pre>{@code
 * SessionDescription offer = SdpParser.parse(text);
 * MediaDescription audio = offer.media().get(0);
 * audio.codecs().get(0).name();   // "opus"
 * }</pre>
 */
public final class SdpParser {
    /** Session-level line types in the order RFC 8866 §5 requires; {@code t} and {@code r} interleave. */
    private static final String SESSION_ORDER = "vosiuepcbtzkam";
    private static final String MEDIA_ORDER = "micbka";
    /** Session types that appear at most once. */
    private static final String SESSION_SINGLE = "vosiuczk";
    private static final String MEDIA_SINGLE = "mick";

    private final List<String> lines;
    private int lineNumber;

    private SdpParser(List<String> lines) {
        this.lines = lines;
    }

    /**
     * @throws InvalidSdpException naming the line and the rule
     */
    public static SessionDescription parse(String text) {
        return parseWithLines(text).description();
    }

    /**
     * Parses and keeps the line number of every m-line and attribute, for error reports such as {@link SdpValidator}'s.
     *
     * @throws InvalidSdpException naming the line and the rule
     */
    public static ParsedSdp parseWithLines(String text) {
        return new SdpParser(split(text)).run();
    }

    private static List<String> split(String text) {
        if (text == null) {
            throw new InvalidSdpException(0, "", "no SDP text (null)");
        }
        if (text.length() > SdpLimits.MAX_TOTAL_CHARS) {
            throw new InvalidSdpException(0, "", "longer than " + SdpLimits.MAX_TOTAL_CHARS + " characters");
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            out.add(text.substring(start, contentEnd));
            start = end + 1;
        }
        // Blank lines at the very end are tolerated (some stacks add one); elsewhere they are errors.
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        if (out.isEmpty()) {
            throw new InvalidSdpException(0, "", "empty description");
        }
        return out;
    }

    private InvalidSdpException error(String rule) {
        return new InvalidSdpException(lineNumber, lineNumber > 0 ? lines.get(lineNumber - 1) : "", rule);
    }

    private ParsedSdp run() {
        SectionOrder order = new SectionOrder(SESSION_ORDER, SESSION_SINGLE);
        SessionParts session = new SessionParts();
        List<MediaParts> media = new ArrayList<>();
        for (lineNumber = 1; lineNumber <= lines.size(); lineNumber++) {
            String line = lines.get(lineNumber - 1);
            char type = checkLine(line, lineNumber == 1);
            String value = line.substring(2);
            if (type == 'm') {
                if (media.isEmpty()) {
                    session.checkComplete();
                }
                if (media.size() == SdpLimits.MAX_MEDIA) {
                    throw error("more than " + SdpLimits.MAX_MEDIA + " m-sections");
                }
                order = new SectionOrder(MEDIA_ORDER, MEDIA_SINGLE);
                order.accept(type);
                media.add(new MediaParts(value, lineNumber));
            } else {
                order.accept(type);
                if (media.isEmpty()) {
                    session.add(type, value);
                } else {
                    media.get(media.size() - 1).add(type, value);
                }
            }
        }
        if (media.isEmpty()) {
            // A missing o=/s=/t= is reported at the last line, where the session part ended.
            lineNumber = lines.size();
            session.checkComplete();
        }
        return build(session, media);
    }

    private char checkLine(String line, boolean first) {
        if (line.length() > SdpLimits.MAX_LINE_CHARS) {
            throw error("line longer than " + SdpLimits.MAX_LINE_CHARS + " characters");
        }
        if (line.isEmpty()) {
            throw error("empty line");
        }
        if (line.length() < 2 || line.charAt(1) != '=') {
            throw error("expected '<type>=<value>'");
        }
        char type = line.charAt(0);
        if (first && type != 'v') {
            throw error("SDP must start with v=");
        }
        if (SESSION_ORDER.indexOf(type) < 0 && type != 'r') {
            throw error("unknown type letter '" + type + "'");
        }
        for (int i = 2; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\r' || c == 0) {
                throw error("CR or NUL inside a line");
            }
        }
        return type;
    }

    private ParsedSdp build(SessionParts s, List<MediaParts> media) {
        List<MediaDescription> descriptions = new ArrayList<>();
        int[] mediaLines = new int[media.size()];
        int[][] mediaAttributeLines = new int[media.size()][];
        for (int i = 0; i < media.size(); i++) {
            MediaParts m = media.get(i);
            descriptions.add(m.builder.build());
            mediaLines[i] = m.line;
            mediaAttributeLines[i] = m.attributeLines.stream().mapToInt(Integer::intValue).toArray();
        }
        SessionDescription description = s.builder.media(descriptions).build();
        return new ParsedSdp(description, lines, s.attributeLines.stream().mapToInt(Integer::intValue).toArray(),
                mediaLines, mediaAttributeLines);
    }

    /** Parses one value with a record factory, turning its rule violation into a line-precise error. */
    private <T> T typed(Function<String, T> parser, String value) {
        try {
            return parser.apply(value);
        } catch (InvalidSdpException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    private SdpAttribute attribute(String value, List<Integer> attributeLines) {
        if (attributeLines.size() == SdpLimits.MAX_ATTRIBUTES) {
            throw error("more than " + SdpLimits.MAX_ATTRIBUTES + " attributes in one section");
        }
        attributeLines.add(lineNumber);
        int colon = value.indexOf(':');
        String name = colon < 0 ? value : value.substring(0, colon);
        String attributeValue = colon < 0 ? null : value.substring(colon + 1);
        if (name.isEmpty() || !name.chars().allMatch(SdpGrammar::isTokenChar)) {
            throw error("attribute name '" + name + "' is not a token");
        }
        return typed(v -> AttributeRegistry.parse(name, v), attributeValue);
    }

    /** Enforces the RFC 8866 line order within the session part or one m-section. */
    private final class SectionOrder {
        private final String order;
        private final String single;
        private final int[] counts = new int[128];
        private int rank;

        SectionOrder(String order, String single) {
            this.order = order;
            this.single = single;
        }

        void accept(char type) {
            int r = order.indexOf(type == 'r' ? 't' : type);
            if (r < 0) {
                throw error("'" + type + "=' is not allowed " + (order == MEDIA_ORDER ? "in an m-section" : "here"));
            }
            if (r < rank) {
                throw error("'" + type + "=' out of order: expected the order " + order.replace("t", "tr").chars()
                        .mapToObj(c -> String.valueOf((char) c)).reduce((a, b) -> a + " " + b).orElse(""));
            }
            if (type == 'r' && counts['t'] == 0) {
                throw error("r= must follow a t= line");
            }
            counts[type]++;
            if (single.indexOf(type) >= 0 && counts[type] > 1) {
                throw error("more than one '" + type + "=' line");
            }
            if (type != 'a' && counts[type] > SdpLimits.MAX_OTHER_LINES) {
                throw error("more than " + SdpLimits.MAX_OTHER_LINES + " '" + type + "=' lines");
            }
            rank = r;
        }
    }

    /** The session part being collected. */
    private final class SessionParts {
        final SessionDescription.Builder builder = SessionDescription.builder().timings(List.of());
        final List<Integer> attributeLines = new ArrayList<>();
        final List<String> emails = new ArrayList<>();
        final List<String> phones = new ArrayList<>();
        final List<Bandwidth> bandwidths = new ArrayList<>();
        final List<Timing> timings = new ArrayList<>();
        boolean sawOrigin;
        boolean sawName;

        void add(char type, String value) {
            switch (type) {
                case 'v' -> {
                    if (!"0".equals(value)) {
                        throw error("v= must be 0");
                    }
                }
                case 'o' -> {
                    builder.origin(typed(Origin::parse, value));
                    sawOrigin = true;
                }
                case 's' -> {
                    builder.sessionName(value);
                    sawName = true;
                }
                case 'i' -> builder.info(value);
                case 'u' -> builder.uri(value);
                case 'e' -> builder.emails(append(emails, value));
                case 'p' -> builder.phones(append(phones, value));
                case 'c' -> builder.connection(typed(Connection::parse, value));
                case 'b' -> builder.bandwidths(append(bandwidths, typed(Bandwidth::parse, value)));
                case 't' -> builder.timings(append(timings, typed(Timing::parse, value)));
                case 'r' -> {
                    timings.set(timings.size() - 1, timings.get(timings.size() - 1).withRepeat(value));
                    builder.timings(timings);
                }
                case 'z' -> builder.timeZones(value);
                case 'k' -> builder.encryptionKey(value);
                case 'a' -> builder.addAttribute(attribute(value, attributeLines));
                default -> throw error("'" + type + "=' is not allowed here");
            }
        }

        /** Called when the session part ends, at the first m= or at the end of the text. */
        void checkComplete() {
            if (!sawOrigin) {
                throw error("o= line is missing");
            }
            if (!sawName) {
                throw error("s= line is missing");
            }
            if (timings.isEmpty()) {
                throw error("t= line is missing");
            }
        }
    }

    /** One m-section being collected. */
    private final class MediaParts {
        final MediaDescription.Builder builder;
        final int line;
        final List<Integer> attributeLines = new ArrayList<>();
        final List<Bandwidth> bandwidths = new ArrayList<>();

        MediaParts(String value, int line) {
            this.line = line;
            this.builder = typed(MediaParts::parseMediaLine, value);
            typed(v -> builder.build(), value);
        }

        private static MediaDescription.Builder parseMediaLine(String value) {
            List<String> f = SdpGrammar.fields(value, 4, SdpLimits.MAX_FORMATS + 3, "m=");
            String port = f.get(1);
            int slash = port.indexOf('/');
            MediaDescription.Builder b = MediaDescription.builder(f.get(0),
                    SdpGrammar.integer(slash < 0 ? port : port.substring(0, slash), "port", 0, 65535), f.get(2));
            if (slash >= 0) {
                b.portCount(SdpGrammar.integer(port.substring(slash + 1), "port count", 1, 65535));
            }
            return b.formats(f.subList(3, f.size()));
        }

        void add(char type, String value) {
            switch (type) {
                case 'i' -> builder.info(value);
                case 'c' -> builder.connection(typed(Connection::parse, value));
                case 'b' -> builder.bandwidths(append(bandwidths, typed(Bandwidth::parse, value)));
                case 'k' -> builder.encryptionKey(value);
                case 'a' -> builder.addAttribute(attribute(value, attributeLines));
                default -> throw error("'" + type + "=' is not allowed in an m-section");
            }
        }
    }

    private static <T> List<T> append(List<T> list, T value) {
        list.add(value);
        return list;
    }
}
