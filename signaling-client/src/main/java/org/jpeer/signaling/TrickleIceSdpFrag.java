package org.jpeer.signaling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An {@code application/trickle-ice-sdpfrag} body (RFC 8840), as WHIP/WHEP {@code PATCH} requests
 * carry it: ICE credentials, then one {@code m=} section per media id with its new candidates and
 * optionally {@code a=end-of-candidates}. Candidates are kept as the RFC 8839 attribute value
 * ({@code candidate:1 1 udp 2122260223 192.0.2.1 61764 typ host}), the string a browser's
 * {@code RTCIceCandidate.candidate} holds.
 *
 * <pre>{@code
 * String body = TrickleIceSdpFrag.builder("EsAw", "P2uYro0UCOQ4zxjKXaWCBui1")
 *         .candidate("0", "candidate:1 1 udp 2122260223 192.0.2.1 61764 typ host")
 *         .endOfCandidates("0")
 *         .build()
 *         .toSdpFrag();
 * TrickleIceSdpFrag frag = TrickleIceSdpFrag.parse(body);
 * }</pre>
 *
 * @param iceUfrag the {@code a=ice-ufrag} value, or null when the fragment carries none
 * @param icePwd the {@code a=ice-pwd} value, or null when the fragment carries none
 * @param media the media sections in body order
 */
public record TrickleIceSdpFrag(String iceUfrag, String icePwd, List<MediaSection> media) {
    /** The media type of these bodies. */
    public static final String CONTENT_TYPE = "application/trickle-ice-sdpfrag";

    /**
     * RFC 8840 §4.4: the {@code m=} line of a fragment only introduces the section; receivers match it
     * by {@code a=mid}, so its port, protocol and format are the fixed placeholders RFC 9725 shows.
     */
    private static final String M_LINE = "m=audio 9 RTP/AVP 0";

    public TrickleIceSdpFrag {
        media = List.copyOf(media);
    }

    /**
     * One media section of a fragment.
     *
     * @param mid the {@code a=mid} value
     * @param candidates {@code candidate:...} attribute values, in body order
     * @param endOfCandidates whether the section carries {@code a=end-of-candidates}
     */
    public record MediaSection(String mid, List<String> candidates, boolean endOfCandidates) {
        public MediaSection {
            Objects.requireNonNull(mid, "mid");
            candidates = List.copyOf(candidates);
        }
    }

    /** Starts a fragment with the sender's current ICE credentials (both null to leave them out). */
    public static Builder builder(String iceUfrag, String icePwd) {
        return new Builder(iceUfrag, icePwd);
    }

    /** The body text, CRLF line ends. */
    public String toSdpFrag() {
        StringBuilder out = new StringBuilder();
        if (iceUfrag != null) {
            out.append("a=ice-ufrag:").append(iceUfrag).append("\r\n");
        }
        if (icePwd != null) {
            out.append("a=ice-pwd:").append(icePwd).append("\r\n");
        }
        for (MediaSection section : media) {
            out.append(M_LINE).append("\r\n").append("a=mid:").append(section.mid()).append("\r\n");
            for (String candidate : section.candidates()) {
                out.append("a=").append(candidate).append("\r\n");
            }
            if (section.endOfCandidates()) {
                out.append("a=end-of-candidates\r\n");
            }
        }
        return out.toString();
    }

    /** The candidates as room messages ({@code sdpMid} set, {@code sdpMLineIndex} null), end markers included. */
    public List<SignalMessage.Candidate> toCandidates() {
        List<SignalMessage.Candidate> out = new ArrayList<>();
        for (MediaSection section : media) {
            for (String candidate : section.candidates()) {
                out.add(new SignalMessage.Candidate(candidate, section.mid(), null));
            }
            if (section.endOfCandidates()) {
                out.add(SignalMessage.Candidate.endOfCandidates(section.mid(), null));
            }
        }
        return out;
    }

    /**
     * Parses a body. Lines other than ICE credentials, {@code m=}, {@code a=mid}, {@code a=candidate}
     * and {@code a=end-of-candidates} (e.g. {@code a=ice-options}) are ignored; media-level credentials
     * count like session-level ones (RFC 8840 allows either).
     *
     * @throws IllegalArgumentException naming the 1-based line and the rule it breaks
     */
    public static TrickleIceSdpFrag parse(String body) {
        Objects.requireNonNull(body, "body");
        String ufrag = null;
        String pwd = null;
        List<MediaSection> media = new ArrayList<>();
        String mid = null;
        List<String> candidates = new ArrayList<>();
        boolean end = false;
        boolean inMedia = false;
        int mLineNumber = 0;
        String mLine = null;
        String[] lines = body.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            if (line.length() < 2 || line.charAt(1) != '=') {
                throw lineError(number, line, "not an SDP line '<type>=<value>'");
            }
            if (line.startsWith("m=")) {
                if (inMedia) {
                    media.add(section(mLineNumber, mLine, mid, candidates, end));
                }
                inMedia = true;
                mLineNumber = number;
                mLine = line;
                mid = null;
                candidates = new ArrayList<>();
                end = false;
            } else if (line.startsWith("a=ice-ufrag:")) {
                ufrag = value(number, line, "a=ice-ufrag:");
            } else if (line.startsWith("a=ice-pwd:")) {
                pwd = value(number, line, "a=ice-pwd:");
            } else if (line.startsWith("a=mid:")) {
                requireMedia(inMedia, number, line);
                mid = value(number, line, "a=mid:");
            } else if (line.startsWith("a=candidate:")) {
                requireMedia(inMedia, number, line);
                value(number, line, "a=candidate:");
                candidates.add(line.substring(2));
            } else if (line.equals("a=end-of-candidates")) {
                requireMedia(inMedia, number, line);
                end = true;
            }
        }
        if (inMedia) {
            media.add(section(mLineNumber, mLine, mid, candidates, end));
        }
        return new TrickleIceSdpFrag(ufrag, pwd, media);
    }

    private static MediaSection section(int number, String mLine, String mid, List<String> candidates,
            boolean end) {
        if (mid == null) {
            throw lineError(number, mLine, "media section has no a=mid");
        }
        return new MediaSection(mid, candidates, end);
    }

    private static void requireMedia(boolean inMedia, int number, String line) {
        if (!inMedia) {
            throw lineError(number, line, "belongs in a media section, after an m= line");
        }
    }

    private static String value(int number, String line, String prefix) {
        String value = line.substring(prefix.length()).trim();
        if (value.isEmpty()) {
            throw lineError(number, line, "empty value");
        }
        return value;
    }

    private static IllegalArgumentException lineError(int number, String line, String rule) {
        String shown = line.length() > 80 ? line.substring(0, 80) + "..." : line;
        return new IllegalArgumentException("line " + number + " '" + shown + "': " + rule);
    }

    /** Collects candidates per media id, keeping the order ids first appear in. */
    public static final class Builder {
        private final String iceUfrag;
        private final String icePwd;
        private final Map<String, List<String>> candidates = new LinkedHashMap<>();
        private final Map<String, Boolean> ended = new LinkedHashMap<>();

        private Builder(String iceUfrag, String icePwd) {
            this.iceUfrag = iceUfrag;
            this.icePwd = icePwd;
        }

        /** Adds a {@code candidate:...} value to the section of {@code mid}. */
        public Builder candidate(String mid, String candidate) {
            if (!candidate.startsWith("candidate:")) {
                throw new IllegalArgumentException("candidate must start with 'candidate:', got '" + candidate
                        + "' (use endOfCandidates(mid) for the end marker)");
            }
            sectionOf(mid).add(candidate);
            return this;
        }

        /** Marks the end of candidates for the section of {@code mid}. */
        public Builder endOfCandidates(String mid) {
            sectionOf(mid);
            ended.put(mid, true);
            return this;
        }

        private List<String> sectionOf(String mid) {
            Objects.requireNonNull(mid, "mid");
            ended.putIfAbsent(mid, false);
            return candidates.computeIfAbsent(mid, m -> new ArrayList<>());
        }

        public TrickleIceSdpFrag build() {
            List<MediaSection> media = new ArrayList<>();
            candidates.forEach((mid, list) -> media.add(new MediaSection(mid, list, ended.get(mid))));
            return new TrickleIceSdpFrag(iceUfrag, icePwd, media);
        }
    }
}
