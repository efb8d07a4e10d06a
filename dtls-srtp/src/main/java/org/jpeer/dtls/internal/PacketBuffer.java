package org.jpeer.dtls.internal;

import org.jitsi.utils.ByteArrayBuffer;

/**
 * A view of the caller's packet for jitsi-srtp, transformed in place. Never reallocates: the caller
 * guarantees room for the SRTP overhead, so a packet is never copied on the hot path.
 */
public final class PacketBuffer implements ByteArrayBuffer {

    private final byte[] buffer;
    private int offset;
    private int length;

    public PacketBuffer(byte[] buffer, int offset, int length) {
        this.buffer = buffer;
        this.offset = offset;
        this.length = length;
    }

    @Override
    public byte[] getBuffer() {
        return buffer;
    }

    @Override
    public int getOffset() {
        return offset;
    }

    @Override
    public int getLength() {
        return length;
    }

    @Override
    public void setLength(int length) {
        if (length < 0 || length > capacity()) {
            throw new IndexOutOfBoundsException("length " + length + " outside 0.." + capacity());
        }
        this.length = length;
    }

    @Override
    public void setOffset(int offset) {
        if (offset < 0 || offset + length > buffer.length) {
            throw new IndexOutOfBoundsException("offset " + offset);
        }
        this.offset = offset;
    }

    @Override
    public boolean isInvalid() {
        return false;
    }

    @Override
    public void readRegionToBuff(int off, int len, byte[] out) {
        System.arraycopy(buffer, offset + off, out, 0, len);
    }

    /** Only checks capacity: jitsi-srtp calls it before appending the SRTCP index and tag. */
    @Override
    public void grow(int howMuch) {
        if (length + howMuch > capacity()) {
            throw new IllegalStateException("no room for " + howMuch + " more bytes after the packet");
        }
    }

    @Override
    public void append(byte[] data, int len) {
        grow(len);
        System.arraycopy(data, 0, buffer, offset + length, len);
        length += len;
    }

    @Override
    public void shrink(int len) {
        if (len < 0 || len > length) {
            throw new IllegalArgumentException("cannot shrink " + length + " bytes by " + len);
        }
        length -= len;
    }

    private int capacity() {
        return buffer.length - offset;
    }
}
