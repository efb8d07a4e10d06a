package org.jpeer.rtp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An RTP packet (RFC 3550 section 5.1), version 2, with CSRCs, RFC 8285 header extensions and
 * padding.
 *
 * <p>{@link #parse} copies the payload out of the datagram so that a receive loop may reuse its
 * buffer while packets wait in a jitter buffer or a retransmission history.
 *
 * <pre>{@code
 * RtpPacket p = RtpPacket.builder()
 *         .payloadType(111).sequenceNumber(1).timestamp(960).ssrc(0x1234)
 *         .extensions(HeaderExtensions.of(List.of(new HeaderExtension(1, mid))))
 *         .payload(opusFrame)
 *         .build();
 * byte[] out = new byte[p.size()];
 * p.writeTo(out, 0);
 * RtpPacket back = RtpPacket.parse(out, 0, out.length);
 * }</pre>
 *
 * @param marker         the M bit
 * @param payloadType    0..127
 * @param sequenceNumber 0..65535
 * @param timestamp      unsigned 32 bits
 * @param ssrc           unsigned 32 bits
 * @param csrcs          0..15 unsigned 32-bit contributing sources
 * @param extensions     the header extension block, {@link HeaderExtensions#NONE} when absent
 * @param payload        the payload, owned by this packet
 * @param paddingLength  0 for no padding, else 1..255 padding bytes including the count byte
 */
public record RtpPacket(boolean marker, int payloadType, int sequenceNumber, long timestamp, long ssrc,
                        List<Long> csrcs, HeaderExtensions extensions, byte[] payload, int paddingLength) {

    public static final int VERSION = 2;
    static final int FIXED_HEADER = 12;

    public RtpPacket {
        ByteIo.checkUnsigned("payloadType", payloadType, 7);
        ByteIo.checkUnsigned("sequenceNumber", sequenceNumber, 16);
        ByteIo.checkUnsigned("timestamp", timestamp, 32);
        ByteIo.checkUnsigned("ssrc", ssrc, 32);
        ByteIo.checkUnsigned("paddingLength", paddingLength, 8);
        csrcs = List.copyOf(csrcs);
        if (csrcs.size() > 15) {
            throw new IllegalArgumentException("csrcs: " + csrcs.size() + " exceeds 15");
        }
        for (long c : csrcs) {
            ByteIo.checkUnsigned("csrc", c, 32);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().marker(marker).payloadType(payloadType).sequenceNumber(sequenceNumber)
                .timestamp(timestamp).ssrc(ssrc).csrcs(csrcs).extensions(extensions).payload(payload)
                .paddingLength(paddingLength);
    }

    /** Whether the P bit is set. */
    public boolean padding() {
        return paddingLength > 0;
    }

    /** Bytes {@link #writeTo} will write. */
    public int size() {
        int n = FIXED_HEADER + 4 * csrcs.size() + payload.length + paddingLength;
        return extensions.present() ? n + 4 + extensions.bodyLength() : n;
    }

    /**
     * Writes the packet at {@code off}; returns {@link #size()}.
     *
     * @throws IndexOutOfBoundsException when {@code buf} has less than {@link #size()} bytes from {@code off}
     */
    public int writeTo(byte[] buf, int off) {
        int size = size();
        if (off < 0 || buf.length - off < size) {
            throw new IndexOutOfBoundsException("RTP packet of " + size + " bytes does not fit at offset " + off);
        }
        boolean x = extensions.present();
        buf[off] = (byte) (VERSION << 6 | (padding() ? 0x20 : 0) | (x ? 0x10 : 0) | csrcs.size());
        buf[off + 1] = (byte) ((marker ? 0x80 : 0) | payloadType);
        ByteIo.put16(buf, off + 2, sequenceNumber);
        ByteIo.put32(buf, off + 4, timestamp);
        ByteIo.put32(buf, off + 8, ssrc);
        int p = off + FIXED_HEADER;
        for (long c : csrcs) {
            ByteIo.put32(buf, p, c);
            p += 4;
        }
        if (x) {
            p += extensions.writeTo(buf, p);
        }
        System.arraycopy(payload, 0, buf, p, payload.length);
        p += payload.length;
        if (paddingLength > 0) {
            Arrays.fill(buf, p, p + paddingLength - 1, (byte) 0);
            buf[p + paddingLength - 1] = (byte) paddingLength;
            p += paddingLength;
        }
        return p - off;
    }

    /** The packet as a new array. */
    public byte[] toBytes() {
        byte[] out = new byte[size()];
        writeTo(out, 0);
        return out;
    }

    /**
     * Parses one RTP packet from {@code len} bytes at {@code off}.
     *
     * @throws InvalidPacketException for any input that is not a valid version 2 RTP packet,
     *                                including offsets and lengths outside {@code buf}
     */
    public static RtpPacket parse(byte[] buf, int off, int len) throws InvalidPacketException {
        if (buf == null || off < 0 || len < 0 || off > buf.length - len) {
            throw new InvalidPacketException("RTP: range off=" + off + " len=" + len + " is outside the buffer");
        }
        if (len < FIXED_HEADER) {
            throw new InvalidPacketException("RTP: " + len + " bytes is shorter than the 12-byte header");
        }
        int b0 = buf[off] & 0xFF;
        if (b0 >>> 6 != VERSION) {
            throw new InvalidPacketException("RTP: version " + (b0 >>> 6) + " is not 2");
        }
        int end = off + len;
        int paddingLength = 0;
        if ((b0 & 0x20) != 0) {
            paddingLength = buf[end - 1] & 0xFF;
            if (paddingLength == 0) {
                throw new InvalidPacketException("RTP: padding bit set but padding count is 0");
            }
        }
        int cc = b0 & 0x0F;
        int p = off + FIXED_HEADER;
        if (end - p < 4 * cc) {
            throw new InvalidPacketException("RTP: " + cc + " CSRCs exceed the packet");
        }
        List<Long> csrcs = cc == 0 ? List.of() : new ArrayList<>(cc);
        for (int i = 0; i < cc; i++, p += 4) {
            csrcs.add(ByteIo.u32(buf, p));
        }
        HeaderExtensions ext = HeaderExtensions.NONE;
        if ((b0 & 0x10) != 0) {
            ext = HeaderExtensions.parse(buf, p, end);
            p += 4 + ByteIo.u16(buf, p + 2) * 4;
        }
        if (end - p < paddingLength) {
            throw new InvalidPacketException("RTP: padding count " + paddingLength + " exceeds the payload");
        }
        int b1 = buf[off + 1] & 0xFF;
        return new RtpPacket((b1 & 0x80) != 0, b1 & 0x7F, ByteIo.u16(buf, off + 2), ByteIo.u32(buf, off + 4),
                ByteIo.u32(buf, off + 8), csrcs, ext, Arrays.copyOfRange(buf, p, end - paddingLength), paddingLength);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RtpPacket r && r.marker == marker && r.payloadType == payloadType
                && r.sequenceNumber == sequenceNumber && r.timestamp == timestamp && r.ssrc == ssrc
                && r.paddingLength == paddingLength && r.csrcs.equals(csrcs) && r.extensions.equals(extensions)
                && Arrays.equals(r.payload, payload);
    }

    @Override
    public int hashCode() {
        return ((sequenceNumber * 31 + Long.hashCode(ssrc)) * 31 + Long.hashCode(timestamp)) * 31
                + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return "RtpPacket[pt=" + payloadType + ", seq=" + sequenceNumber + ", ts=" + timestamp + ", ssrc=" + ssrc
                + (marker ? ", M" : "") + ", csrcs=" + csrcs + ", " + extensions + ", payload=" + payload.length
                + " bytes, padding=" + paddingLength + "]";
    }

    /** Builds a packet; every field starts at zero or empty. */
    public static final class Builder {
        private boolean marker;
        private int payloadType;
        private int sequenceNumber;
        private long timestamp;
        private long ssrc;
        private List<Long> csrcs = List.of();
        private HeaderExtensions extensions = HeaderExtensions.NONE;
        private byte[] payload = new byte[0];
        private int paddingLength;

        private Builder() {
        }

        public Builder marker(boolean v) {
            marker = v;
            return this;
        }

        public Builder payloadType(int v) {
            payloadType = v;
            return this;
        }

        public Builder sequenceNumber(int v) {
            sequenceNumber = v;
            return this;
        }

        public Builder timestamp(long v) {
            timestamp = v;
            return this;
        }

        public Builder ssrc(long v) {
            ssrc = v;
            return this;
        }

        public Builder csrcs(List<Long> v) {
            csrcs = v;
            return this;
        }

        public Builder extensions(HeaderExtensions v) {
            extensions = v;
            return this;
        }

        /** Adds or replaces one extension element, choosing the one- or two-byte form that fits. */
        public Builder extension(int id, byte[] data) {
            extensions = extensions.with(id, data);
            return this;
        }

        /** Uses {@code v} itself as the payload; the caller must not change it afterwards. */
        public Builder payload(byte[] v) {
            payload = v;
            return this;
        }

        public Builder paddingLength(int v) {
            paddingLength = v;
            return this;
        }

        public RtpPacket build() {
            return new RtpPacket(marker, payloadType, sequenceNumber, timestamp, ssrc, csrcs, extensions, payload,
                    paddingLength);
        }
    }
}
