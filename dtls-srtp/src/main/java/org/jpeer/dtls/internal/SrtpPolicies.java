package org.jpeer.dtls.internal;

import org.jitsi.srtp.SrtpPolicy;
import org.jpeer.dtls.SrtpProfile;

/** Maps a DTLS-SRTP profile to jitsi-srtp policies (RFC 5764 §4.1.2, RFC 7714 §12). */
final class SrtpPolicies {

    private static final int HMAC_SHA1_KEY_LENGTH = 20;

    private SrtpPolicies() {
    }

    static SrtpPolicy rtp(SrtpProfile profile) {
        return policy(profile, profile.rtpTagLength());
    }

    static SrtpPolicy rtcp(SrtpProfile profile) {
        return policy(profile, profile.rtcpTagLength());
    }

    private static SrtpPolicy policy(SrtpProfile profile, int tagLength) {
        SrtpPolicy policy = profile.isAead()
                ? new SrtpPolicy(SrtpPolicy.AESGCM_ENCRYPTION, profile.keyLength(),
                        SrtpPolicy.NULL_AUTHENTICATION, 0, tagLength, profile.saltLength())
                : new SrtpPolicy(SrtpPolicy.AESCM_ENCRYPTION, profile.keyLength(),
                        SrtpPolicy.HMACSHA1_AUTHENTICATION, HMAC_SHA1_KEY_LENGTH, tagLength, profile.saltLength());
        policy.setReceiveReplayEnabled(true);
        // Refusing to protect the same SSRC/index twice keeps AES-GCM from ever reusing a nonce on
        // different plaintext; retransmissions go out on an RTX SSRC with fresh sequence numbers.
        policy.setSendReplayEnabled(true);
        return policy;
    }
}
