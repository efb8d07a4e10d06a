package org.jpeer.jsep.sdp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks the WebRTC rules that the grammar alone does not (RFC 8829/9429, 8839, 8842, 8843):
 * unique mids, BUNDLE groups naming existing mids, ICE credentials and a DTLS fingerprint for every
 * used m-section (in the section, at session level, or in the section that carries the BUNDLE
 * transport), legal ICE credential lengths and setup roles, every RTP format defined by an rtpmap
 * or a static payload type, and rtx {@code apt} pointing at a format of the same section.
 * Rejected m-sections (port 0 without {@code bundle-only}) are skipped.
 *
 * <pre>{@code
 * List<SdpViolation> problems = SdpValidator.validate(SdpParser.parseWithLines(text));
 * }</pre>
 */
public final class SdpValidator {
    private static final int MIN_UFRAG = 4;
    private static final int MIN_PWD = 22;

    private final ParsedSdp parsed;
    private final SessionDescription d;
    private final List<SdpViolation> out = new ArrayList<>();

    private SdpValidator(ParsedSdp parsed) {
        this.parsed = parsed;
        this.d = parsed.description();
    }

    /** The violations, in line order of discovery; empty when the description is fine. */
    public static List<SdpViolation> validate(ParsedSdp parsed) {
        SdpValidator v = new SdpValidator(parsed);
        v.run();
        return List.copyOf(v.out);
    }

    /** Validates a description built in code; line numbers refer to its {@link SessionDescription#write()} text. */
    public static List<SdpViolation> validate(SessionDescription description) {
        return validate(SdpParser.parseWithLines(description.write()));
    }

    private void run() {
        Map<String, Integer> mids = checkMids();
        checkGroups(mids);
        checkSessionAttributes();
        for (int i = 0; i < d.media().size(); i++) {
            MediaDescription m = d.media().get(i);
            if (m.isRejected()) {
                continue;
            }
            checkTransport(i, m);
            if (m.isRtp()) {
                checkFormats(i, m);
            }
            checkMediaAttributes(i, m);
        }
    }

    private Map<String, Integer> checkMids() {
        Map<String, Integer> mids = new HashMap<>();
        for (int i = 0; i < d.media().size(); i++) {
            MediaDescription m = d.media().get(i);
            List<SdpAttribute> attributes = m.attributes();
            boolean seen = false;
            for (int j = 0; j < attributes.size(); j++) {
                if (attributes.get(j) instanceof Mid mid) {
                    if (seen) {
                        mediaViolation(i, j, "more than one a=mid in the m-section");
                    } else if (mids.putIfAbsent(mid.mid(), i) != null) {
                        mediaViolation(i, j, "mid '" + mid.mid() + "' is used by m-section " + mids.get(mid.mid()) + " too");
                    }
                    seen = true;
                }
            }
            if (!seen && !m.isRejected()) {
                mediaLineViolation(i, "m-section has no a=mid (RFC 9429 §5.2.1)");
            }
        }
        return mids;
    }

    private void checkGroups(Map<String, Integer> mids) {
        List<SdpAttribute> attributes = d.attributes();
        Set<String> bundled = new HashSet<>();
        for (int j = 0; j < attributes.size(); j++) {
            if (attributes.get(j) instanceof Group g && g.isBundle()) {
                for (String mid : g.mids()) {
                    if (!mids.containsKey(mid)) {
                        sessionViolation(j, "BUNDLE group names mid '" + mid + "', which no m-section has");
                    } else if (!bundled.add(mid)) {
                        sessionViolation(j, "mid '" + mid + "' is in more than one BUNDLE group");
                    }
                }
            }
        }
    }

    private void checkSessionAttributes() {
        List<SdpAttribute> attributes = d.attributes();
        for (int j = 0; j < attributes.size(); j++) {
            Optional<String> rule = credentialOrSetupRule(attributes.get(j));
            int index = j;
            rule.ifPresent(r -> sessionViolation(index, r));
        }
    }

    private void checkMediaAttributes(int i, MediaDescription m) {
        List<SdpAttribute> attributes = m.attributes();
        for (int j = 0; j < attributes.size(); j++) {
            SdpAttribute a = attributes.get(j);
            int index = j;
            credentialOrSetupRule(a).ifPresent(r -> mediaViolation(i, index, r));
            if (a instanceof Fmtp fmtp && isRtx(m, fmtp.payloadType())) {
                checkApt(i, j, m, fmtp);
            }
        }
        for (int pt : m.payloadTypes()) {
            if (isRtx(m, pt) && m.fmtp(pt).isEmpty()) {
                mediaLineViolation(i, "rtx payload type " + pt + " has no a=fmtp with apt (RFC 4588 §8.6)");
            }
        }
    }

    private static Optional<String> credentialOrSetupRule(SdpAttribute a) {
        if (a instanceof IceUfrag u && u.ufrag().length() < MIN_UFRAG) {
            return Optional.of("ice-ufrag must have at least " + MIN_UFRAG + " characters (RFC 8839 §5.4)");
        }
        if (a instanceof IcePwd p && p.pwd().length() < MIN_PWD) {
            return Optional.of("ice-pwd must have at least " + MIN_PWD + " characters (RFC 8839 §5.4)");
        }
        if (a instanceof Setup s && s.role() == Setup.Role.HOLDCONN) {
            return Optional.of("setup:holdconn is not allowed in WebRTC (RFC 8842 §5.1)");
        }
        return Optional.empty();
    }

    private static boolean isRtx(MediaDescription m, int pt) {
        return m.rtpMap(pt).filter(map -> "rtx".equalsIgnoreCase(map.encodingName())).isPresent();
    }

    private void checkApt(int i, int j, MediaDescription m, Fmtp fmtp) {
        String apt = fmtp.parameterMap().get("apt");
        if (apt == null) {
            mediaViolation(i, j, "rtx fmtp has no apt (RFC 4588 §8.6)");
        } else if (!m.formats().contains(apt)) {
            mediaViolation(i, j, "rtx apt=" + apt + " is not a format of this m-section");
        }
    }

    private void checkFormats(int i, MediaDescription m) {
        for (String format : m.formats()) {
            Optional<Integer> pt = m.payloadTypes().stream().filter(p -> Integer.toString(p).equals(format)).findFirst();
            if (pt.isEmpty()) {
                mediaLineViolation(i, "format '" + format + "' of an RTP m-line is not a payload type 0..127");
            } else if (m.rtpMap(pt.get()).isEmpty() && !StaticPayloadTypes.isStatic(pt.get())) {
                mediaLineViolation(i, "dynamic payload type " + format + " has no a=rtpmap");
            }
        }
    }

    private void checkTransport(int i, MediaDescription m) {
        Optional<MediaDescription> tagged = m.mid().flatMap(d::bundleGroupOf)
                .filter(g -> !g.mids().isEmpty())
                .flatMap(g -> d.mediaByMid(g.mids().get(0)));
        requireTransport(i, m, tagged, AttributeView::iceUfrag, "a=ice-ufrag");
        requireTransport(i, m, tagged, AttributeView::icePwd, "a=ice-pwd");
        requireTransport(i, m, tagged, v -> v.fingerprints().stream().findFirst(), "a=fingerprint");
    }

    private void requireTransport(int i, MediaDescription m, Optional<MediaDescription> tagged,
                                  Function<AttributeView, Optional<?>> get, String what) {
        boolean present = get.apply(m).isPresent() || get.apply(d).isPresent()
                || tagged.flatMap(get::apply).isPresent();
        if (!present) {
            mediaLineViolation(i, "no " + what + " in the m-section, its BUNDLE group or the session");
        }
    }

    private void sessionViolation(int attributeIndex, String rule) {
        add(parsed.sessionAttributeLine(attributeIndex), rule);
    }

    private void mediaViolation(int mediaIndex, int attributeIndex, String rule) {
        add(parsed.mediaAttributeLine(mediaIndex, attributeIndex), rule);
    }

    private void mediaLineViolation(int mediaIndex, String rule) {
        add(parsed.mediaLine(mediaIndex), rule);
    }

    private void add(int lineNumber, String rule) {
        out.add(new SdpViolation(lineNumber, parsed.line(lineNumber), rule));
    }
}
