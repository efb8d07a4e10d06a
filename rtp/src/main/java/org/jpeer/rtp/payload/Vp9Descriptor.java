package org.jpeer.rtp.payload;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.jpeer.rtp.InvalidPacketException;

/**
 * The VP9 payload descriptor (RFC 9628 section 4.2) at the start of every VP9 RTP payload, in
 * flexible (F=1, references listed per picture) or non-flexible mode (F=0, references follow the
 * picture group of the scalability structure).
 *
 * <pre>{@code
 * Vp9Descriptor d = Vp9Descriptor.parse(payload, 0, payload.length);
 * if (d.beginsFrame() && !d.interPicturePredicted()) { ... }   // first packet of a keyframe
 * }</pre>
 *
 * @param interPicturePredicted the P bit: the frame refers to earlier pictures
 * @param flexible              the F bit
 * @param beginsFrame           the B bit: first packet of a (layer) frame
 * @param endsFrame             the E bit: last packet of a (layer) frame
 * @param notUpperReference     the Z bit: no upper spatial layer of this picture refers to this frame
 * @param pictureId             7- or 15-bit picture ID, -1 when absent (I=0)
 * @param longPictureId         whether the picture ID uses the 15-bit form (M=1)
 * @param temporalId            TID, -1 without layer indices (L=0)
 * @param switchingUp           the U bit
 * @param spatialId             SID, -1 without layer indices
 * @param interLayerDependent   the D bit: the frame refers to the spatial layer below
 * @param tl0PicIdx             TL0PICIDX (non-flexible mode with layer indices), else -1
 * @param referenceDiffs        P_DIFF values, flexible mode with P=1 only, 1..3 of them, each 0..127
 * @param scalability           the scalability structure (V=1), else null
 * @param length                descriptor bytes on the wire
 */
public record Vp9Descriptor(boolean interPicturePredicted, boolean flexible, boolean beginsFrame, boolean endsFrame,
                            boolean notUpperReference, int pictureId, boolean longPictureId, int temporalId,
                            boolean switchingUp, int spatialId, boolean interLayerDependent, int tl0PicIdx,
                            List<Integer> referenceDiffs, Vp9ScalabilityStructure scalability, int length) {

    private static final int MAX_REFERENCES = 3;

    public Vp9Descriptor {
        referenceDiffs = List.copyOf(referenceDiffs);
    }

    /** The non-flexible descriptor our packetizer writes: a 15-bit picture ID, no layer indices. */
    static Vp9Descriptor nonFlexible(boolean interPredicted, boolean begins, boolean ends, int pictureId,
                                     Vp9ScalabilityStructure scalability) {
        Vp9Descriptor d = new Vp9Descriptor(interPredicted, false, begins, ends, false, pictureId & 0x7FFF, true, -1,
                false, -1, false, -1, List.of(), scalability, 0);
        return d.withLength(d.toBytes().length);
    }

    private Vp9Descriptor withLength(int n) {
        return new Vp9Descriptor(interPicturePredicted, flexible, beginsFrame, endsFrame, notUpperReference, pictureId,
                longPictureId, temporalId, switchingUp, spatialId, interLayerDependent, tl0PicIdx, referenceDiffs,
                scalability, n);
    }

    /** Whether this packet begins a picture: B set on the lowest spatial layer (or a stream without layers). */
    public boolean beginsPicture() {
        return beginsFrame && spatialId <= 0;
    }

    /** The descriptor as it goes on the wire. */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16);
        boolean layers = temporalId >= 0 || spatialId >= 0;
        out.write((pictureId >= 0 ? 0x80 : 0) | (interPicturePredicted ? 0x40 : 0) | (layers ? 0x20 : 0)
                | (flexible ? 0x10 : 0) | (beginsFrame ? 0x08 : 0) | (endsFrame ? 0x04 : 0)
                | (scalability != null ? 0x02 : 0) | (notUpperReference ? 0x01 : 0));
        if (pictureId >= 0) {
            if (longPictureId) {
                out.write(0x80 | pictureId >>> 8);
            }
            out.write(pictureId & (longPictureId ? 0xFF : 0x7F));
        }
        if (layers) {
            out.write(Math.max(temporalId, 0) << 5 | (switchingUp ? 0x10 : 0) | Math.max(spatialId, 0) << 1
                    | (interLayerDependent ? 1 : 0));
            if (!flexible) {
                out.write(Math.max(tl0PicIdx, 0));
            }
        }
        for (int i = 0; i < referenceDiffs.size(); i++) {
            out.write(referenceDiffs.get(i) << 1 | (i < referenceDiffs.size() - 1 ? 1 : 0));
        }
        if (scalability != null) {
            scalability.writeTo(out);
        }
        return out.toByteArray();
    }

    /**
     * Parses the descriptor of a payload; at least one byte of VP9 data must follow it.
     *
     * @throws InvalidPacketException when the descriptor is truncated, lists more than three
     *                                references, or nothing follows it
     */
    public static Vp9Descriptor parse(byte[] b, int off, int len) throws InvalidPacketException {
        int end = off + len;
        int[] pos = {off};
        int b0 = next(b, pos, end);
        boolean predicted = (b0 & 0x40) != 0;
        boolean flexible = (b0 & 0x10) != 0;
        int pictureId = -1;
        boolean longId = false;
        if ((b0 & 0x80) != 0) {
            int m = next(b, pos, end);
            longId = (m & 0x80) != 0;
            pictureId = longId ? (m & 0x7F) << 8 | next(b, pos, end) : m;
        }
        int tid = -1;
        int sid = -1;
        boolean up = false;
        boolean dependent = false;
        int tl0 = -1;
        if ((b0 & 0x20) != 0) {
            int l = next(b, pos, end);
            tid = l >>> 5;
            up = (l & 0x10) != 0;
            sid = (l >>> 1) & 0x07;
            dependent = (l & 0x01) != 0;
            if (!flexible) {
                tl0 = next(b, pos, end);
            }
        }
        List<Integer> diffs = new ArrayList<>(0);
        if (flexible && predicted) {
            int r;
            do {
                if (diffs.size() == MAX_REFERENCES) {
                    throw new InvalidPacketException("VP9 descriptor: more than " + MAX_REFERENCES + " P_DIFF references");
                }
                r = next(b, pos, end);
                diffs.add(r >>> 1);
            } while ((r & 0x01) != 0);
        }
        Vp9ScalabilityStructure ss = (b0 & 0x02) != 0 ? Vp9ScalabilityStructure.parse(b, pos, end) : null;
        if (pos[0] >= end) {
            throw new InvalidPacketException("VP9 descriptor: no VP9 data after the " + (pos[0] - off)
                    + "-byte descriptor");
        }
        return new Vp9Descriptor(predicted, flexible, (b0 & 0x08) != 0, (b0 & 0x04) != 0, (b0 & 0x01) != 0, pictureId,
                longId, tid, up, sid, dependent, tl0, diffs, ss, pos[0] - off);
    }

    /** The byte at {@code pos[0]}, advancing it. */
    static int next(byte[] b, int[] pos, int end) throws InvalidPacketException {
        if (pos[0] >= end) {
            throw new InvalidPacketException("VP9 descriptor: truncated");
        }
        return b[pos[0]++] & 0xFF;
    }
}
