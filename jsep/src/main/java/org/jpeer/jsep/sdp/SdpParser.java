package org.jpeer.jsep.sdp;

/**
 * Parses SDP text (RFC 8866) into a {@link SessionDescription}.
 */
public final class SdpParser {
    private SdpParser() {
    }

    /**
     * @throws InvalidSdpException naming the line and the rule
     */
    public static SessionDescription parse(String text) {
        throw new InvalidSdpException(0, "", "not implemented yet");
    }
}
