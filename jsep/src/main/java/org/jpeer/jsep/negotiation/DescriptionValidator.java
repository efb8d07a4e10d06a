package org.jpeer.jsep.negotiation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jpeer.jsep.sdp.Group;
import org.jpeer.jsep.sdp.MediaDescription;
import org.jpeer.jsep.sdp.SessionDescription;
import org.jpeer.jsep.sdp.Setup;

/** The JSEP rules a description must meet before it is applied (RFC 9429 §5.7, §5.8, RFC 8843). */
final class DescriptionValidator {

    private DescriptionValidator() {
    }

    /**
     * Rules for any remote description: unique mids, BUNDLE groups that name existing m-sections,
     * and a complete transport on the BUNDLE-tagged m-section.
     */
    static void checkRemote(SessionDescription d, RTCSdpType type) {
        Set<String> mids = new HashSet<>();
        for (int i = 0; i < d.media().size(); i++) {
            MediaDescription m = d.media().get(i);
            Optional<String> mid = m.mid();
            if (mid.isEmpty()) {
                if (!m.isRejected()) {
                    throw new InvalidAccessException(where(i, m) + ": no a=mid, which BUNDLE needs (RFC 8843 §7)");
                }
            } else if (!mids.add(mid.get())) {
                throw new InvalidAccessException(where(i, m) + ": mid '" + mid.get() + "' is used twice");
            }
        }
        for (Group g : d.bundleGroups()) {
            for (String mid : g.mids()) {
                if (!mids.contains(mid)) {
                    throw new InvalidAccessException("a=group:BUNDLE names mid '" + mid + "', which no m-section has");
                }
            }
        }
        Optional<BundleTransport> t = BundleTransport.of(d);
        if (t.isEmpty()) {
            return;
        }
        BundleTransport transport = t.get();
        String w = where(transport.mLineIndex(), d.media().get(transport.mLineIndex()));
        if (transport.ufrag().isEmpty()) {
            throw new InvalidAccessException(w + ": no a=ice-ufrag in the m-section or at session level");
        }
        if (transport.pwd().isEmpty()) {
            throw new InvalidAccessException(w + ": no a=ice-pwd in the m-section or at session level");
        }
        if (transport.fingerprint().isEmpty()) {
            throw new InvalidAccessException(w + ": no a=fingerprint in the m-section or at session level;"
                    + " DTLS-SRTP cannot authenticate the peer without it");
        }
        if (type != RTCSdpType.OFFER && transport.setup().filter(r -> r == Setup.Role.ACTPASS).isPresent()) {
            throw new InvalidAccessException(w + ": an " + type.w3cName() + " must say a=setup:active or passive, not actpass");
        }
    }

    /**
     * An answer has the offer's m-lines: same number, and line by line the same media and mid
     * (RFC 9429 §5.3.1); it cannot accept what the offer rejected.
     */
    static void checkAnswerMatchesOffer(SessionDescription offer, SessionDescription answer) {
        List<MediaDescription> o = offer.media();
        List<MediaDescription> a = answer.media();
        if (o.size() != a.size()) {
            throw new InvalidAccessException("the answer has " + a.size() + " m-lines, the offer " + o.size());
        }
        for (int i = 0; i < o.size(); i++) {
            MediaDescription om = o.get(i);
            MediaDescription am = a.get(i);
            if (!om.media().equals(am.media())) {
                throw new InvalidAccessException("answer " + where(i, am) + ": the offer has m=" + om.media() + " there");
            }
            if (!om.mid().equals(am.mid())) {
                throw new InvalidAccessException("answer " + where(i, am) + ": mid differs from the offer's "
                        + om.mid().map(m -> "'" + m + "'").orElse("(none)"));
            }
            if (om.port() == 0 && !om.isBundleOnly() && am.port() != 0) {
                throw new InvalidAccessException("answer " + where(i, am) + ": accepts an m-section the offer rejected");
            }
        }
    }

    /**
     * A remote answer to our offer: every accepted audio/video m-section is rtcp-muxed, which we
     * require, and uses only payload types we offered.
     */
    static void checkRemoteAnswerMedia(SessionDescription ourOffer, SessionDescription answer) {
        boolean bundled = !answer.bundleGroups().isEmpty();
        for (int i = 0; i < answer.media().size(); i++) {
            MediaDescription am = answer.media().get(i);
            if (am.port() == 0 || MediaKind.fromSdp(am.media()).isEmpty()) {
                continue;
            }
            // In a BUNDLE group the tagged m-section's rtcp-mux applies to all (RFC 8843 §7.1.3).
            MediaDescription muxSource = bundled
                    ? answer.media().get(BundleTransport.taggedIndex(answer).orElse(i)) : am;
            if (!muxSource.isRtcpMux()) {
                throw new InvalidAccessException("answer " + where(i, am) + ": no a=rtcp-mux; JPeer requires RTP/RTCP multiplexing");
            }
            List<Integer> offered = ourOffer.media().get(i).payloadTypes();
            for (int pt : am.payloadTypes()) {
                if (!offered.contains(pt)) {
                    throw new InvalidAccessException("answer " + where(i, am) + ": payload type " + pt + " was not offered");
                }
            }
        }
    }

    /** A local description must be the one this session created; JPeer does not support SDP munging. */
    static void checkSameLayout(SessionDescription given, SessionDescription created, String call) {
        List<MediaDescription> g = given.media();
        List<MediaDescription> c = created.media();
        boolean same = g.size() == c.size();
        for (int i = 0; same && i < g.size(); i++) {
            same = g.get(i).media().equals(c.get(i).media()) && g.get(i).mid().equals(c.get(i).mid())
                    && g.get(i).port() == c.get(i).port();
        }
        if (!same) {
            throw new OperationException(call + ": the description's m-lines differ from the last one created");
        }
    }

    static String where(int index, MediaDescription m) {
        return "m-line " + index + m.mid().map(mid -> " (mid '" + mid + "')").orElse("");
    }
}
