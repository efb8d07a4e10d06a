package org.jpeer.rtp.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.jpeer.rtp.payload.EncodedFrame;

/**
 * Reads an Ogg Opus file (RFC 7845 on Ogg pages, RFC 3533): checks every page's capture pattern,
 * version, serial number, sequence and CRC, joins packets that continue across pages, reads
 * OpusHead and skips OpusTags, then returns the audio packets with 48 kHz timestamps counted
 * from the first sample. Single logical stream only (no chaining or multiplexing).
 *
 * <pre>{@code
 * try (OggOpusReader ogg = OggOpusReader.open(Files.newInputStream(path))) {
 *     for (EncodedFrame f; (f = ogg.next()) != null; ) {
 *         send(f);                      // rtpTimestamp 0, 960, 1920, ...
 *     }
 *     ogg.granulePosition();            // samples through the last complete page, pre-skip included
 * }
 * }</pre>
 */
public final class OggOpusReader implements AutoCloseable {

    /** Bound on one packet across pages: far above the 1275-byte Opus maximum times 48 frames. */
    static final int MAX_PACKET = 1 << 20;

    private final InputStream in;
    private int serial;
    private int expectedSequence;
    private boolean endOfStream;
    private byte[] segments = new byte[0];
    private byte[] body = new byte[0];
    private int segmentIndex;
    private int bodyOffset;
    private long pageGranule;
    private long granule;
    private long samples;
    private int channels;
    private int preSkip;
    private long inputSampleRate;

    private OggOpusReader(InputStream in) {
        this.in = in;
    }

    /**
     * Reads the OpusHead and OpusTags headers.
     *
     * @throws InvalidMediaFileException when the file is not a valid Ogg Opus stream
     */
    public static OggOpusReader open(InputStream in) throws IOException {
        OggOpusReader r = new OggOpusReader(in);
        byte[] head = r.nextPacket();
        if (head == null || head.length < 19 || !startsWith(head, "OpusHead")) {
            throw new InvalidMediaFileException("Ogg Opus: first packet is not OpusHead");
        }
        ByteBuffer h = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        if ((head[8] & 0xF0) != 0) {
            throw new InvalidMediaFileException("Ogg Opus: OpusHead version " + head[8] + " is not 1.x");
        }
        r.channels = head[9] & 0xFF;
        if (r.channels == 0) {
            throw new InvalidMediaFileException("Ogg Opus: OpusHead channel count 0");
        }
        r.preSkip = h.getShort(10) & 0xFFFF;
        r.inputSampleRate = Integer.toUnsignedLong(h.getInt(12));
        byte[] tags = r.nextPacket();
        if (tags == null || !startsWith(tags, "OpusTags")) {
            throw new InvalidMediaFileException("Ogg Opus: second packet is not OpusTags");
        }
        return r;
    }

    private static boolean startsWith(byte[] b, String magic) {
        return b.length >= magic.length()
                && new String(b, 0, magic.length(), StandardCharsets.US_ASCII).equals(magic);
    }

    /**
     * The next audio packet, or null at the end of the stream.
     *
     * @throws InvalidMediaFileException on a bad page or a packet whose TOC byte is malformed
     */
    public EncodedFrame next() throws IOException {
        byte[] packet = nextPacket();
        if (packet == null) {
            return null;
        }
        long timestamp = samples;
        try {
            samples += OpusPacketDuration.samples(packet);
        } catch (IllegalArgumentException e) {
            throw new InvalidMediaFileException("Ogg Opus: packet " + e.getMessage());
        }
        return EncodedFrame.audio(packet, timestamp & 0xFFFFFFFFL);
    }

    private byte[] nextPacket() throws IOException {
        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        boolean started = false;
        while (true) {
            if (segmentIndex == segments.length) {
                if (endOfStream || !readPage(started)) {
                    if (started) {
                        throw new InvalidMediaFileException("Ogg: stream ends inside a packet");
                    }
                    return null;
                }
                continue;
            }
            int lacing = segments[segmentIndex++] & 0xFF;
            packet.write(body, bodyOffset, lacing);
            bodyOffset += lacing;
            started = true;
            if (packet.size() > MAX_PACKET) {
                throw new InvalidMediaFileException("Ogg: packet exceeds " + MAX_PACKET + " bytes");
            }
            if (lacing < 255) {
                if (segmentIndex == segments.length) {
                    granule = pageGranule; // the page's granule position belongs to its last completed packet
                }
                return packet.toByteArray();
            }
        }
    }

    /** Reads and checks the next page; false at a clean end of file. */
    private boolean readPage(boolean continuing) throws IOException {
        byte[] header = in.readNBytes(27);
        if (header.length == 0) {
            return false;
        }
        if (header.length < 27) {
            throw new InvalidMediaFileException("Ogg: page header truncated to " + header.length + " bytes");
        }
        ByteBuffer h = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        if (h.getInt(0) != 0x5367674F) { // "OggS" little-endian
            throw new InvalidMediaFileException("Ogg: capture pattern OggS missing at page " + expectedSequence);
        }
        if (header[4] != 0) {
            throw new InvalidMediaFileException("Ogg: stream structure version " + header[4] + " is not 0");
        }
        int flags = header[5];
        boolean first = expectedSequence == 0;
        if (first != ((flags & 0x02) != 0)) {
            throw new InvalidMediaFileException("Ogg: beginning-of-stream flag wrong on page " + expectedSequence);
        }
        if (continuing != ((flags & 0x01) != 0)) {
            throw new InvalidMediaFileException("Ogg: continued-packet flag wrong on page " + expectedSequence);
        }
        if (first) {
            serial = h.getInt(14);
        } else if (h.getInt(14) != serial) {
            throw new InvalidMediaFileException("Ogg: page " + expectedSequence + " has another serial number"
                    + " (multiplexed streams are not supported)");
        }
        if (h.getInt(18) != expectedSequence) {
            throw new InvalidMediaFileException("Ogg: page sequence " + h.getInt(18) + " where "
                    + expectedSequence + " was due (a page is missing)");
        }
        int count = header[26] & 0xFF;
        byte[] lacing = FileBytes.readFully(in, count, "Ogg segment table");
        int length = 0;
        for (byte b : lacing) {
            length += b & 0xFF;
        }
        byte[] data = FileBytes.readFully(in, length, "Ogg page body");
        int crc = h.getInt(22);
        h.putInt(22, 0);
        if (OggOpusWriter.crc(header, lacing, data) != crc) {
            throw new InvalidMediaFileException("Ogg: CRC mismatch on page " + expectedSequence);
        }
        expectedSequence++;
        endOfStream = (flags & 0x04) != 0;
        pageGranule = h.getLong(6);
        segments = lacing;
        body = data;
        segmentIndex = 0;
        bodyOffset = 0;
        return true;
    }

    public int channels() {
        return channels;
    }

    /** Samples at 48 kHz a player drops from the start (encoder delay). */
    public int preSkip() {
        return preSkip;
    }

    /** The sample rate of the original input, informational only (Opus always decodes at 48 kHz here). */
    public long inputSampleRate() {
        return inputSampleRate;
    }

    /** Granule position of the last page whose final packet was returned: 48 kHz samples, pre-skip included. */
    public long granulePosition() {
        return granule;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
