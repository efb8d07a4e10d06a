package org.jpeer.rtp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The header extension block of an RTP packet.
 *
 * <p>For the RFC 8285 profiles ({@code 0xBEDE} one-byte, {@code 0x100x} two-byte) the elements are
 * parsed and kept in wire order, unknown identifiers included, padding dropped. Any other profile
 * (RFC 3550 section 5.3.1) is kept as opaque data.
 *
 * <pre>{@code
 * HeaderExtensions ext = HeaderExtensions.of(List.of(new HeaderExtension(1, "0".getBytes(US_ASCII))));
 * Optional<byte[]> mid = packet.extensions().get(1);
 * }</pre>
 *
 * @param profile  the 16-bit "defined by profile" field, or -1 for no block ({@link #NONE})
 * @param elements parsed elements (empty for opaque profiles)
 * @param opaque   the raw extension data of a non-RFC 8285 profile, else empty; length a multiple of 4
 */
public record HeaderExtensions(int profile, List<HeaderExtension> elements, byte[] opaque) {

    public static final int ONE_BYTE_PROFILE = 0xBEDE;
    public static final int TWO_BYTE_PROFILE = 0x1000;
    /** No extension block: the X bit is clear. Its profile is -1, outside the 16-bit field. */
    public static final HeaderExtensions NONE = new HeaderExtensions(-1, List.of(), new byte[0]);

    public HeaderExtensions {
        elements = List.copyOf(elements);
        if (profile == -1 && (!elements.isEmpty() || opaque.length > 0)) {
            throw new IllegalArgumentException("an absent extension block cannot carry data");
        }
        if (profile != -1) {
            ByteIo.checkUnsigned("extension profile", profile, 16);
        }
        if (opaque.length % 4 != 0) {
            throw new IllegalArgumentException("opaque extension length " + opaque.length + " is not a multiple of 4");
        }
        if (profile == ONE_BYTE_PROFILE) {
            for (HeaderExtension e : elements) {
                if (!e.fitsOneByteForm()) {
                    throw new IllegalArgumentException("extension " + e.id() + " with " + e.data().length
                            + " bytes does not fit the one-byte form");
                }
            }
        }
        if (!elements.isEmpty() && !isRfc8285(profile)) {
            throw new IllegalArgumentException("profile 0x" + Integer.toHexString(profile) + " cannot carry RFC 8285 elements");
        }
        if (encodedLength(profile, elements, opaque) > 0xFFFF * 4) {
            throw new IllegalArgumentException("header extension block exceeds 65535 words");
        }
    }

    /** Elements in the one-byte form when they all fit it, else in the two-byte form. */
    public static HeaderExtensions of(List<HeaderExtension> elements) {
        if (elements.isEmpty()) {
            return NONE;
        }
        boolean oneByte = elements.stream().allMatch(HeaderExtension::fitsOneByteForm);
        return new HeaderExtensions(oneByte ? ONE_BYTE_PROFILE : TWO_BYTE_PROFILE, elements, new byte[0]);
    }

    /** A block of a non-RFC 8285 profile, kept as bytes. */
    public static HeaderExtensions opaque(int profile, byte[] data) {
        return new HeaderExtensions(profile, List.of(), data.clone());
    }

    static boolean isRfc8285(int profile) {
        return profile == ONE_BYTE_PROFILE || (profile & 0xFFF0) == TWO_BYTE_PROFILE;
    }

    /** Whether the packet carries an extension block at all (the X bit). */
    public boolean present() {
        return profile >= 0;
    }

    /** The data of the first element with this id, if any. */
    public Optional<byte[]> get(int id) {
        for (HeaderExtension e : elements) {
            if (e.id() == id) {
                return Optional.of(e.data());
            }
        }
        return Optional.empty();
    }

    /** A copy with the element for {@code id} replaced or appended, in the form that fits. */
    public HeaderExtensions with(int id, byte[] data) {
        if (present() && !isRfc8285(profile)) {
            throw new IllegalStateException("cannot add an RFC 8285 element to profile 0x" + Integer.toHexString(profile));
        }
        List<HeaderExtension> list = new ArrayList<>(elements);
        list.removeIf(e -> e.id() == id);
        list.add(new HeaderExtension(id, data));
        return of(list);
    }

    /** Bytes of the block after the 4-byte extension header, padded to 32 bits. */
    int bodyLength() {
        return encodedLength(profile, elements, opaque);
    }

    private static int encodedLength(int profile, List<HeaderExtension> elements, byte[] opaque) {
        if (!isRfc8285(profile)) {
            return opaque.length;
        }
        int perElement = profile == ONE_BYTE_PROFILE ? 1 : 2;
        int n = 0;
        for (HeaderExtension e : elements) {
            n += perElement + e.data().length;
        }
        return (n + 3) & ~3;
    }

    /** Writes the 4-byte header and the padded body; returns bytes written. */
    int writeTo(byte[] buf, int off) {
        int body = bodyLength();
        ByteIo.put16(buf, off, profile);
        ByteIo.put16(buf, off + 2, body / 4);
        int p = off + 4;
        if (!isRfc8285(profile)) {
            System.arraycopy(opaque, 0, buf, p, opaque.length);
            return 4 + body;
        }
        boolean oneByte = profile == ONE_BYTE_PROFILE;
        for (HeaderExtension e : elements) {
            byte[] d = e.data();
            if (oneByte) {
                buf[p++] = (byte) (e.id() << 4 | (d.length - 1));
            } else {
                buf[p++] = (byte) e.id();
                buf[p++] = (byte) d.length;
            }
            System.arraycopy(d, 0, buf, p, d.length);
            p += d.length;
        }
        Arrays.fill(buf, p, off + 4 + body, (byte) 0);
        return 4 + body;
    }

    /** Parses the block starting at its 4-byte header; {@code end} bounds the packet. */
    static HeaderExtensions parse(byte[] buf, int off, int end) throws InvalidPacketException {
        if (end - off < 4) {
            throw new InvalidPacketException("header extension: truncated before its header");
        }
        int profile = ByteIo.u16(buf, off);
        int body = ByteIo.u16(buf, off + 2) * 4;
        int start = off + 4;
        if (body > end - start) {
            throw new InvalidPacketException("header extension: length " + body + " exceeds the packet");
        }
        if (!isRfc8285(profile)) {
            return new HeaderExtensions(profile, List.of(), Arrays.copyOfRange(buf, start, start + body));
        }
        List<HeaderExtension> list = profile == ONE_BYTE_PROFILE
                ? parseOneByte(buf, start, start + body)
                : parseTwoByte(buf, start, start + body);
        return new HeaderExtensions(profile, list, new byte[0]);
    }

    private static List<HeaderExtension> parseOneByte(byte[] buf, int p, int end) throws InvalidPacketException {
        List<HeaderExtension> list = new ArrayList<>(4);
        while (p < end) {
            int b = buf[p] & 0xFF;
            int id = b >>> 4;
            if (id == 0) {
                p++; // padding; id 0 is never an element, whatever its length nibble says (as libwebrtc reads it)
                continue;
            }
            if (id == 15) {
                break; // RFC 8285 4.2: id 15 is reserved and ends processing of the block
            }
            int len = (b & 0x0F) + 1;
            if (p + 1 + len > end) {
                throw new InvalidPacketException("one-byte extension " + id + ": length " + len + " exceeds the block");
            }
            list.add(new HeaderExtension(id, Arrays.copyOfRange(buf, p + 1, p + 1 + len)));
            p += 1 + len;
        }
        return list;
    }

    private static List<HeaderExtension> parseTwoByte(byte[] buf, int p, int end) throws InvalidPacketException {
        List<HeaderExtension> list = new ArrayList<>(4);
        while (p < end) {
            int id = buf[p] & 0xFF;
            if (id == 0) {
                p++;
                continue;
            }
            if (p + 2 > end) {
                throw new InvalidPacketException("two-byte extension " + id + ": truncated length");
            }
            int len = buf[p + 1] & 0xFF;
            if (p + 2 + len > end) {
                throw new InvalidPacketException("two-byte extension " + id + ": length " + len + " exceeds the block");
            }
            list.add(new HeaderExtension(id, Arrays.copyOfRange(buf, p + 2, p + 2 + len)));
            p += 2 + len;
        }
        return list;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HeaderExtensions h && h.profile == profile && h.elements.equals(elements)
                && Arrays.equals(h.opaque, opaque);
    }

    @Override
    public int hashCode() {
        return (profile * 31 + elements.hashCode()) * 31 + Arrays.hashCode(opaque);
    }

    @Override
    public String toString() {
        return "HeaderExtensions[profile=0x" + Integer.toHexString(profile) + ", " + elements + "]";
    }
}
