package org.jpeer.rtp.rtcp;

import java.nio.charset.StandardCharsets;

/**
 * One SDES item (RFC 3550 section 6.5): a type (1 CNAME, 2 NAME, ... 8 PRIV) and UTF-8 text of at most 255 bytes.
 */
public record SdesItem(int type, String text) {

    public static final int CNAME = 1;

    public SdesItem {
        if (type < 1 || type > 255) {
            throw new IllegalArgumentException("SDES item type " + type + " outside 1..255");
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > 255) {
            throw new IllegalArgumentException("SDES item text exceeds 255 UTF-8 bytes");
        }
    }

    int encodedLength() {
        return 2 + text.getBytes(StandardCharsets.UTF_8).length;
    }
}
