package org.jpeer.rtp.payload;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.jpeer.rtp.InvalidPacketException;

/**
 * The scalability structure (SS) of a VP9 payload descriptor (RFC 9628 section 4.2.1): how many
 * spatial layers a stream has, their resolutions, and the group of pictures a non-flexible stream
 * repeats. Senders put it on the first packet of a keyframe.
 *
 * <pre>{@code
 * Vp9ScalabilityStructure ss = Vp9ScalabilityStructure.singleLayer(640, 360);
 * ss.resolutions().get(ss.spatialLayers() - 1);    // the full picture size
 * }</pre>
 *
 * @param spatialLayers N_S + 1, 1..8
 * @param resolutions   width and height per spatial layer, or empty when the Y bit is clear
 * @param pictureGroup  the picture group (G bit), empty when absent
 */
public record Vp9ScalabilityStructure(int spatialLayers, List<Resolution> resolutions, List<GroupEntry> pictureGroup) {

    /** The size of one spatial layer, 1..65535 each way. */
    public record Resolution(int width, int height) {
    }

    /**
     * One picture of the group: temporal layer, switching-up point and the reference differences.
     *
     * @param temporalId       TID, 0..7
     * @param switchingUp      the U bit
     * @param referenceDiffs   P_DIFF values (up to 3), each 0..255
     */
    public record GroupEntry(int temporalId, boolean switchingUp, List<Integer> referenceDiffs) {

        public GroupEntry {
            referenceDiffs = List.copyOf(referenceDiffs);
        }
    }

    public Vp9ScalabilityStructure {
        resolutions = List.copyOf(resolutions);
        pictureGroup = List.copyOf(pictureGroup);
    }

    /** One spatial and one temporal layer, each picture predicted from the one before: what our packetizer sends. */
    public static Vp9ScalabilityStructure singleLayer(int width, int height) {
        return new Vp9ScalabilityStructure(1, List.of(new Resolution(width, height)),
                List.of(new GroupEntry(0, false, List.of(1))));
    }

    /** The size of the highest spatial layer, the whole picture, or null when no resolutions are given. */
    public Resolution pictureSize() {
        return resolutions.isEmpty() ? null : resolutions.get(resolutions.size() - 1);
    }

    void writeTo(ByteArrayOutputStream out) {
        out.write((spatialLayers - 1) << 5 | (resolutions.isEmpty() ? 0 : 0x10) | (pictureGroup.isEmpty() ? 0 : 0x08));
        for (Resolution r : resolutions) {
            out.write(r.width() >>> 8);
            out.write(r.width());
            out.write(r.height() >>> 8);
            out.write(r.height());
        }
        if (!pictureGroup.isEmpty()) {
            out.write(pictureGroup.size());
            for (GroupEntry e : pictureGroup) {
                out.write(e.temporalId() << 5 | (e.switchingUp() ? 0x10 : 0) | e.referenceDiffs().size() << 2);
                e.referenceDiffs().forEach(out::write);
            }
        }
    }

    /**
     * Parses the structure starting at {@code pos[0]}, advancing it past the structure.
     *
     * @throws InvalidPacketException when the structure runs past {@code end}
     */
    static Vp9ScalabilityStructure parse(byte[] b, int[] pos, int end) throws InvalidPacketException {
        int first = Vp9Descriptor.next(b, pos, end);
        int layers = (first >>> 5) + 1;
        List<Resolution> sizes = new ArrayList<>();
        if ((first & 0x10) != 0) {
            for (int i = 0; i < layers; i++) {
                int width = Vp9Descriptor.next(b, pos, end) << 8 | Vp9Descriptor.next(b, pos, end);
                int height = Vp9Descriptor.next(b, pos, end) << 8 | Vp9Descriptor.next(b, pos, end);
                sizes.add(new Resolution(width, height));
            }
        }
        List<GroupEntry> group = new ArrayList<>();
        if ((first & 0x08) != 0) {
            int pictures = Vp9Descriptor.next(b, pos, end);
            for (int i = 0; i < pictures; i++) {
                int entry = Vp9Descriptor.next(b, pos, end);
                List<Integer> diffs = new ArrayList<>(3);
                for (int r = (entry >>> 2) & 0x03; r > 0; r--) {
                    diffs.add(Vp9Descriptor.next(b, pos, end));
                }
                group.add(new GroupEntry(entry >>> 5, (entry & 0x10) != 0, diffs));
            }
        }
        return new Vp9ScalabilityStructure(layers, sizes, group);
    }
}
