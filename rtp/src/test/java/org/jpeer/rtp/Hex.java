package org.jpeer.rtp;

import java.util.HexFormat;

/** Hex literals for byte layouts copied from RFC diagrams; spaces are ignored. */
public final class Hex {

    private Hex() {
    }

    public static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    public static String of(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
