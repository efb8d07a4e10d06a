package org.jpeer.rtp.payload;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.jpeer.rtp.InvalidPacketException;

/**
 * Reassembles AV1 temporal units (AV1 RTP payload specification, aomedia): joins the OBU elements
 * of one timestamp up to the marker, with no sequence number missing, rejoins OBUs fragmented
 * across packets, and writes them in the low-overhead bitstream format decoders and IVF files
 * take: a temporal delimiter, then each OBU with {@code obu_has_size_field} set and its size.
 * Temporal delimiters and tile lists a sender left in are dropped, as are OBUs whose first
 * fragment never came. A temporal unit with a sequence header is a keyframe when its packet set
 * N or its first frame is a key frame; its size is the sequence header's maximum frame size.
 *
 * <pre>{@code
 * Depacketizer av1 = new Av1Depacketizer();
 * for (EncodedFrame tu : av1.push(packet)) {
 *     ivf.write(tu);
 * }
 * }</pre>
 */
public final class Av1Depacketizer extends TimestampFrameAssembler {

    /** The aggregation header fields (Z, Y, N) and the OBU elements of one payload. */
    record Payload(boolean continuesFragment, boolean fragmentContinues, boolean newSequence, List<Element> elements) {
    }

    /** Where one OBU element lies in its payload. */
    record Element(int offset, int length) {
    }

    @Override
    boolean validate(byte[] payload) throws InvalidPacketException {
        return parse(payload).newSequence();
    }

    /**
     * Reads the aggregation header and the OBU elements' offsets and lengths.
     *
     * @throws InvalidPacketException when there is no element, an element is empty or overruns
     *                                the payload, W disagrees with the element count, or N and Z are both set
     */
    static Payload parse(byte[] p) throws InvalidPacketException {
        if (p.length < 2) {
            throw new InvalidPacketException("AV1: " + p.length + "-byte payload holds no OBU element");
        }
        int header = p[0] & 0xFF;
        boolean z = (header & 0x80) != 0;
        boolean n = (header & 0x08) != 0;
        int w = (header >>> 4) & 0x03;
        if (z && n) {
            throw new InvalidPacketException("AV1: N set on a packet that continues a fragment (Z)");
        }
        List<Element> elements = new ArrayList<>(Math.max(w, 1));
        int[] pos = {1};
        while (pos[0] < p.length) {
            boolean last = w > 0 && elements.size() == w - 1;
            long length = last ? p.length - pos[0] : Av1Obus.readLeb128(p, pos, p.length);
            if (length == 0 || length > p.length - pos[0]) {
                throw new InvalidPacketException("AV1: OBU element " + elements.size() + " of " + length
                        + " bytes at byte " + pos[0] + " in a " + p.length + "-byte payload");
            }
            elements.add(new Element(pos[0], (int) length));
            pos[0] += (int) length;
        }
        if (w > 0 && elements.size() != w) {
            throw new InvalidPacketException("AV1: W says " + w + " OBU elements, the payload holds " + elements.size());
        }
        return new Payload(z, (header & 0x40) != 0, n, elements);
    }

    @Override
    EncodedFrame assemble(List<ByteBuffer> payloads, long rtpTimestamp) {
        List<Av1Obus.Obu> obus = new ArrayList<>();
        ByteArrayOutputStream fragment = null;
        boolean newSequence = false;
        for (ByteBuffer buffer : payloads) {
            byte[] p = new byte[buffer.remaining()];
            buffer.get(p);
            Payload payload = validated(p);
            newSequence |= payload.newSequence();
            List<Element> elements = payload.elements();
            for (int i = 0; i < elements.size(); i++) {
                Element e = elements.get(i);
                if (i > 0 || !payload.continuesFragment()) {
                    fragment = new ByteArrayOutputStream(); // an unfinished earlier fragment is abandoned
                }
                if (fragment != null) {
                    fragment.write(p, e.offset(), e.length());
                }
                if (fragment != null && (i < elements.size() - 1 || !payload.fragmentContinues())) {
                    addObus(obus, fragment.toByteArray());
                    fragment = null;
                }
            }
        }
        return describe(obus, newSequence, rtpTimestamp);
    }

    private static Payload validated(byte[] p) {
        try {
            return parse(p);
        } catch (InvalidPacketException e) {
            throw new IllegalStateException("a validated AV1 payload no longer parses", e);
        }
    }

    /** Adds the OBU of one element, unless it is malformed or a type RTP must not carry. */
    private static void addObus(List<Av1Obus.Obu> obus, byte[] element) {
        try {
            for (Av1Obus.Obu obu : Av1Obus.parse(element)) {
                if (obu.type() != Av1Obus.TEMPORAL_DELIMITER && obu.type() != Av1Obus.TILE_LIST) {
                    obus.add(obu);
                }
            }
        } catch (InvalidPacketException e) {
            // A broken OBU is left out; the decoder sees the rest and decides.
        }
    }

    private static EncodedFrame describe(List<Av1Obus.Obu> obus, boolean newSequence, long rtpTimestamp) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(Av1Obus.TEMPORAL_DELIMITER_OBU);
        Av1SequenceHeader sequence = null;
        boolean keyFrame = false;
        boolean frameSeen = false;
        for (Av1Obus.Obu obu : obus) {
            Av1Obus.writeWithSize(out, obu.header(), obu.payload(), 0, obu.payload().length);
            if (obu.type() == Av1Obus.SEQUENCE_HEADER && sequence == null) {
                sequence = sequenceHeader(obu.payload());
            } else if ((obu.type() == Av1Obus.FRAME || obu.type() == Av1Obus.FRAME_HEADER) && !frameSeen) {
                frameSeen = true;
                keyFrame = sequence != null && sequence.keyFrame(obu.payload());
            }
        }
        byte[] data = out.toByteArray();
        return sequence != null && (newSequence || keyFrame)
                ? new EncodedFrame(data, rtpTimestamp, true, sequence.maxWidth(), sequence.maxHeight())
                : new EncodedFrame(data, rtpTimestamp, false, 0, 0);
    }

    private static Av1SequenceHeader sequenceHeader(byte[] payload) {
        try {
            return Av1SequenceHeader.parse(payload);
        } catch (InvalidPacketException e) {
            return null;
        }
    }
}
