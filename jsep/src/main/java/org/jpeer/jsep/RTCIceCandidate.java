package org.jpeer.jsep;

/**
 * A trickled ICE candidate in the shape a page's {@code RTCIceCandidate.toJSON()} gives:
 * {@code {"candidate":"candidate:...","sdpMid":"0","sdpMLineIndex":0,"usernameFragment":"..."}}.
 * An empty {@code candidate} string means the end of candidates.
 *
 * <pre>{@code
 * pc.onIceCandidate(c -> signaling.send(c.candidate(), c.sdpMid(), c.sdpMLineIndex()));
 * remote.addIceCandidate(new RTCIceCandidate("candidate:1 1 udp 2130706431 127.0.0.1 5000 typ host", "0", 0, null));
 * }</pre>
 */
public record RTCIceCandidate(String candidate, String sdpMid, Integer sdpMLineIndex, String usernameFragment) {

    public RTCIceCandidate {
        if (candidate == null) {
            candidate = "";
        }
        if (sdpMid == null && sdpMLineIndex == null) {
            throw new IllegalArgumentException("RTCIceCandidate: 'sdpMid' and 'sdpMLineIndex' are both null");
        }
    }

    /** The end-of-candidates marker for the m-section {@code sdpMid}. */
    public static RTCIceCandidate endOfCandidates(String sdpMid, Integer sdpMLineIndex) {
        return new RTCIceCandidate("", sdpMid, sdpMLineIndex, null);
    }

    public boolean isEndOfCandidates() {
        return candidate.isEmpty();
    }
}
