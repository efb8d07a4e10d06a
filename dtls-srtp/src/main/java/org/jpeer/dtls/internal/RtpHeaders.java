package org.jpeer.dtls.internal;

/** Just enough RTP/RTCP header parsing to find SSRCs and reject malformed packets before crypto. */
public final class RtpHeaders {

    public static final int RTP_FIXED_HEADER = 12;
    public static final int RTCP_FIXED_HEADER = 8;

    private RtpHeaders() {
    }

    /**
     * The RTP header length including CSRCs and header extension (RFC 3550 §5.1/5.3.1), or -1 when
     * the version is not 2 or the header does not fit in {@code len}.
     */
    public static int rtpHeaderLength(byte[] buf, int off, int len) {
        if (len < RTP_FIXED_HEADER || (buf[off] & 0xC0) != 0x80) {
            return -1;
        }
        int headerLength = RTP_FIXED_HEADER + 4 * (buf[off] & 0x0F);
        if ((buf[off] & 0x10) != 0) {
            if (headerLength + 4 > len) {
                return -1;
            }
            headerLength += 4 + 4 * readUint16(buf, off + headerLength + 2);
        }
        return headerLength <= len ? headerLength : -1;
    }

    /** Whether an RTCP packet starts with version 2 and has room for the sender SSRC. */
    public static boolean isRtcpHeader(byte[] buf, int off, int len) {
        return len >= RTCP_FIXED_HEADER && (buf[off] & 0xC0) == 0x80;
    }

    public static int rtpSsrc(byte[] buf, int off) {
        return readInt(buf, off + 8);
    }

    public static int rtcpSenderSsrc(byte[] buf, int off) {
        return readInt(buf, off + 4);
    }

    private static int readUint16(byte[] buf, int at) {
        return ((buf[at] & 0xFF) << 8) | (buf[at + 1] & 0xFF);
    }

    private static int readInt(byte[] buf, int at) {
        return ((buf[at] & 0xFF) << 24) | ((buf[at + 1] & 0xFF) << 16) | ((buf[at + 2] & 0xFF) << 8)
                | (buf[at + 3] & 0xFF);
    }
}
