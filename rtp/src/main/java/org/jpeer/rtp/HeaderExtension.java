package org.jpeer.rtp;

import java.util.Arrays;

/**
 * One RFC 8285 header extension element: a local identifier (negotiated by {@code a=extmap}) and
 * its data. The data array is owned by this value; callers must not change it.
 *
 * @param id   1..14 for the one-byte form, 1..255 for the two-byte form
 * @param data 0..255 bytes (the one-byte form needs 1..16)
 */
public record HeaderExtension(int id, byte[] data) {

    public HeaderExtension {
        if (id < 1 || id > 255) {
            throw new IllegalArgumentException("extension id " + id + " outside 1..255");
        }
        if (data.length > 255) {
            throw new IllegalArgumentException("extension " + id + " data length " + data.length + " exceeds 255");
        }
    }

    /** Whether this element can be written in the one-byte form (RFC 8285 section 4.2). */
    public boolean fitsOneByteForm() {
        return id <= 14 && data.length >= 1 && data.length <= 16;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HeaderExtension e && e.id == id && Arrays.equals(e.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * id + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "HeaderExtension[id=" + id + ", " + data.length + " bytes]";
    }
}
