package org.jpeer.dtls;

import java.util.Arrays;

/** Builds RTP and RTCP test packets with spare room for the SRTP overhead. */
final class Packets {

    static final int SPARE = 64;

    private Packets() {
    }

    /** An RTP packet (version 2, PT 96) with a {@code payloadLength}-byte counting payload. */
    static byte[] rtp(int ssrc, int seq, int payloadLength) {
        byte[] p = new byte[12 + payloadLength + SPARE];
        p[0] = (byte) 0x80;
        p[1] = 96;
        p[2] = (byte) (seq >> 8);
        p[3] = (byte) seq;
        p[4] = 0x12;
        p[5] = 0x34;
        p[6] = 0x56;
        p[7] = 0x78;
        writeInt(p, 8, ssrc);
        for (int i = 0; i < payloadLength; i++) {
            p[12 + i] = (byte) (i * 7 + seq);
        }
        return p;
    }

    static int rtpLength(int payloadLength) {
        return 12 + payloadLength;
    }

    /** A 28-byte RTCP sender report from {@code ssrc} with no report blocks. */
    static byte[] senderReport(int ssrc) {
        byte[] p = new byte[28 + SPARE];
        p[0] = (byte) 0x80;
        p[1] = (byte) 200;
        p[3] = 6;
        writeInt(p, 4, ssrc);
        for (int i = 8; i < 28; i++) {
            p[i] = (byte) i;
        }
        return p;
    }

    static final int SENDER_REPORT_LENGTH = 28;

    static byte[] prefix(byte[] buf, int len) {
        return Arrays.copyOf(buf, len);
    }

    static void writeInt(byte[] p, int at, int v) {
        p[at] = (byte) (v >>> 24);
        p[at + 1] = (byte) (v >>> 16);
        p[at + 2] = (byte) (v >>> 8);
        p[at + 3] = (byte) v;
    }
}
