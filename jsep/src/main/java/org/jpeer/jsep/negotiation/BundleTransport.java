package org.jpeer.jsep.negotiation;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jpeer.ice.IceCandidate;
import org.jpeer.jsep.sdp.EndOfCandidates;
import org.jpeer.jsep.sdp.Fingerprint;
import org.jpeer.jsep.sdp.Group;
import org.jpeer.jsep.sdp.MediaDescription;
import org.jpeer.jsep.sdp.SessionDescription;
import org.jpeer.jsep.sdp.Setup;

/**
 * The transport of a description under max-bundle: the attributes of its BUNDLE-tagged m-section,
 * falling back to session-level ones (Firefox writes its fingerprint there). RFC 8843 §7 makes
 * these apply to every m-section of the group, whatever the others carry.
 *
 * @param mLineIndex      the tagged m-section
 * @param mid             its mid
 * @param ufrag           {@code a=ice-ufrag}
 * @param pwd             {@code a=ice-pwd}
 * @param fingerprint     the first {@code a=fingerprint}
 * @param setup           {@code a=setup}
 * @param candidates      candidates of the tagged m-section
 * @param endOfCandidates {@code a=end-of-candidates} in the m-section or the session
 */
record BundleTransport(int mLineIndex, String mid, Optional<String> ufrag, Optional<String> pwd,
                       Optional<Fingerprint> fingerprint, Optional<Setup.Role> setup,
                       List<IceCandidate> candidates, boolean endOfCandidates) {

    /**
     * The transport of the m-section named by the first mid of the first BUNDLE group that is not
     * rejected, or without a group the first m-section that is not rejected; empty when all are.
     */
    static Optional<BundleTransport> of(SessionDescription d) {
        OptionalInt tagged = taggedIndex(d);
        if (tagged.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(at(d, tagged.getAsInt()));
    }

    /** The transport attributes in effect for the m-section at {@code index}. */
    static BundleTransport at(SessionDescription d, int index) {
        MediaDescription m = d.media().get(index);
        return new BundleTransport(index, m.mid().orElse(""),
                m.iceUfrag().or(d::iceUfrag), m.icePwd().or(d::icePwd),
                m.fingerprints().stream().findFirst().or(() -> d.fingerprints().stream().findFirst()),
                m.setup().or(d::setup), m.candidates(),
                m.isEndOfCandidates() || d.has(EndOfCandidates.class));
    }

    static OptionalInt taggedIndex(SessionDescription d) {
        List<Group> bundles = d.bundleGroups();
        if (!bundles.isEmpty()) {
            for (String mid : bundles.get(0).mids()) {
                for (int i = 0; i < d.media().size(); i++) {
                    MediaDescription m = d.media().get(i);
                    if (m.mid().filter(mid::equals).isPresent() && m.port() != 0) {
                        return OptionalInt.of(i);
                    }
                }
            }
            return OptionalInt.empty();
        }
        for (int i = 0; i < d.media().size(); i++) {
            if (!d.media().get(i).isRejected()) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
