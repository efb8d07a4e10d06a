package org.jpeer.rtp.file;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes Opus packets as an Ogg Opus file (RFC 7845; Ogg pages per RFC 3533): the OpusHead and
 * OpusTags header pages, then one page per audio packet whose granule position counts 48 kHz
 * samples through the end of that packet, the last page flagged end-of-stream on {@link #close}.
 *
 * <pre>{@code
 * try (OutputStream file = Files.newOutputStream(path); OggOpusWriter ogg = new OggOpusWriter(file, 1)) {
 *     frames.forEach(f -> ogg.write(f.data()));
 * }
 * }</pre>
 */
public final class OggOpusWriter implements AutoCloseable {

    /** Samples the decoder should drop at the start (the usual libopus encoder delay at 48 kHz). */
    static final int PRE_SKIP = 312;
    private static final int[] CRC_TABLE = crcTable();

    private final OutputStream out;
    private final int serial;
    private int pageSequence;
    private long granule;
    private byte[] pending;
    private long pendingGranule;

    /** Writes the two header pages at once. */
    public OggOpusWriter(OutputStream out, int channels) throws IOException {
        if (channels < 1 || channels > 2) {
            throw new IllegalArgumentException("channels " + channels + " must be 1 or 2 (mapping family 0)");
        }
        this.out = out;
        this.serial = 0x4A506565; // "JPee": any fixed serial is valid for a single-stream file
        ByteBuffer head = ByteBuffer.allocate(19).order(ByteOrder.LITTLE_ENDIAN);
        head.put("OpusHead".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) channels)
                .putShort((short) PRE_SKIP).putInt(48_000).putShort((short) 0).put((byte) 0);
        page(head.array(), 0, 0x02);
        byte[] vendor = "jpeer".getBytes(StandardCharsets.UTF_8);
        ByteBuffer tags = ByteBuffer.allocate(8 + 4 + vendor.length + 4).order(ByteOrder.LITTLE_ENDIAN);
        tags.put("OpusTags".getBytes(StandardCharsets.US_ASCII)).putInt(vendor.length).put(vendor).putInt(0);
        page(tags.array(), 0, 0);
    }

    /**
     * Adds one Opus packet.
     *
     * @throws IllegalArgumentException when the packet's TOC byte is malformed
     */
    public void write(byte[] opusPacket) throws IOException {
        granule += OpusPacketDuration.samples(opusPacket);
        if (pending != null) {
            page(pending, pendingGranule, 0);
        }
        pending = opusPacket.clone();
        pendingGranule = granule;
    }

    /** Writes the last page with the end-of-stream flag; does not close the underlying stream. */
    @Override
    public void close() throws IOException {
        page(pending == null ? new byte[0] : pending, pendingGranule, 0x04);
        pending = null;
        out.flush();
    }

    private void page(byte[] packet, long granulePosition, int flags) throws IOException {
        int segments = packet.length / 255 + 1; // a final lacing value below 255 ends the packet
        if (segments > 255) {
            throw new IllegalArgumentException("packet of " + packet.length + " bytes exceeds one Ogg page");
        }
        ByteBuffer p = ByteBuffer.allocate(27 + segments + packet.length).order(ByteOrder.LITTLE_ENDIAN);
        p.put("OggS".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) flags).putLong(granulePosition)
                .putInt(serial).putInt(pageSequence++).putInt(0).put((byte) segments);
        for (int i = 0; i < segments - 1; i++) {
            p.put((byte) 255);
        }
        p.put((byte) (packet.length % 255));
        p.put(packet);
        byte[] bytes = p.array();
        int crc = crc(bytes);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(22, crc);
        out.write(bytes);
    }

    /** Ogg's CRC-32 over the concatenated parts: polynomial 0x04C11DB7, not reflected, initial value and final XOR 0. */
    static int crc(byte[]... parts) {
        int crc = 0;
        for (byte[] data : parts) {
            for (byte b : data) {
                crc = (crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ b) & 0xFF];
            }
        }
        return crc;
    }

    private static int[] crcTable() {
        int[] t = new int[256];
        for (int i = 0; i < 256; i++) {
            int r = i << 24;
            for (int k = 0; k < 8; k++) {
                r = (r & 0x80000000) != 0 ? (r << 1) ^ 0x04C11DB7 : r << 1;
            }
            t[i] = r;
        }
        return t;
    }
}
