package org.jpeer.ice.internal;

import java.nio.charset.StandardCharsets;

/**
 * Recognises STUN messages in a datagram (RFC 8489 §5, RFC 7983 §7): first byte 0..3, the magic
 * cookie at offset 4, a length that is a multiple of 4 and matches the datagram.
 */
final class StunPackets {
    static final int HEADER_LENGTH = 20;
    static final int TRANSACTION_ID_OFFSET = 8;
    static final int TRANSACTION_ID_LENGTH = 12;
    private static final int MAGIC_COOKIE = 0x2112A442;
    private static final int BINDING_REQUEST = 0x0001;
    private static final int USERNAME = 0x0006;

    private StunPackets() {
    }

    static boolean isStun(byte[] buf, int off, int len) {
        if (len < HEADER_LENGTH || (buf[off] & 0xC0) != 0) {
            return false;
        }
        int messageLength = ((buf[off + 2] & 0xFF) << 8) | (buf[off + 3] & 0xFF);
        return messageLength + HEADER_LENGTH == len
                && (messageLength & 3) == 0
                && readInt(buf, off + 4) == MAGIC_COOKIE;
    }

    /** Class bits C1 C0 of the message type: 0 request, 1 indication, 2 success, 3 error. */
    static int messageClass(byte[] buf, int off) {
        int type = ((buf[off] & 0xFF) << 8) | (buf[off + 1] & 0xFF);
        return ((type >> 7) & 2) | ((type >> 4) & 1);
    }

    static boolean isRequest(byte[] buf, int off) {
        return messageClass(buf, off) == 0;
    }

    static boolean isResponse(byte[] buf, int off) {
        return messageClass(buf, off) >= 2;
    }

    /** The 96-bit transaction id folded into a map key; collisions only blur an RTT sample. */
    static long transactionKey(byte[] buf, int off) {
        int t = off + TRANSACTION_ID_OFFSET;
        return ((long) readInt(buf, t) << 32 ^ (readInt(buf, t + 4) & 0xFFFF_FFFFL)) * 31 + readInt(buf, t + 8);
    }

    /**
     * The recipient's ufrag of a connectivity check: the part before ':' of a Binding request's
     * USERNAME (RFC 8445 §7.2.2), or null for anything else. Reads only within the message.
     */
    static String localUfrag(byte[] buf, int off, int len) {
        if (!isStun(buf, off, len) || readShort(buf, off) != BINDING_REQUEST) {
            return null;
        }
        int end = off + len;
        int i = off + HEADER_LENGTH;
        while (i + 4 <= end) {
            int type = readShort(buf, i);
            int length = readShort(buf, i + 2);
            if (i + 4 + length > end) {
                return null;
            }
            if (type == USERNAME) {
                for (int j = 0; j < length; j++) {
                    if (buf[i + 4 + j] == ':') {
                        return new String(buf, i + 4, j, StandardCharsets.US_ASCII);
                    }
                }
                return null;
            }
            i += 4 + ((length + 3) & ~3);
        }
        return null;
    }

    private static int readShort(byte[] b, int i) {
        return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
    }

    private static int readInt(byte[] b, int i) {
        return ((b[i] & 0xFF) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
    }
}
