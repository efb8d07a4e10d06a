package org.jpeer.rtp.payload;

import java.util.ArrayList;
import java.util.List;

/**
 * H.264 over RTP (RFC 6184). Takes Annex-B access units. In packetization-mode 1 (non-interleaved)
 * consecutive NAL units that fit one payload together, such as SPS + PPS, go into one STAP-A; a
 * NAL unit too large for a payload is split into FU-A fragments of balanced size; any other goes
 * alone. In mode 0 every NAL unit goes alone and one that does not fit is refused.
 *
 * <p>A receiver can decode from a keyframe only with the parameter sets, so the last SPS and PPS
 * seen are put in front of any IDR access unit that lacks them.
 *
 * <pre>{@code
 * Packetizer h264 = new H264Packetizer(1);
 * List<byte[]> payloads = h264.packetize(accessUnit, 1200);   // marker on the last one
 * }</pre>
 */
public final class H264Packetizer implements Packetizer {

    private static final int STAP_A_HEADER = 1;
    private static final int STAP_A_SIZE_FIELD = 2;
    private static final int FU_A_HEADER = 2;

    private final int packetizationMode;
    private byte[] lastSps;
    private byte[] lastPps;

    /**
     * @param packetizationMode the SDP {@code packetization-mode}: 0 single NAL unit, 1 non-interleaved
     * @throws IllegalArgumentException for any other mode (2, interleaved, is not supported)
     */
    public H264Packetizer(int packetizationMode) {
        if (packetizationMode != 0 && packetizationMode != 1) {
            throw new IllegalArgumentException("packetizationMode " + packetizationMode
                    + " is not supported: only 0 (single NAL unit) and 1 (non-interleaved)");
        }
        this.packetizationMode = packetizationMode;
    }

    /** Packetization-mode 1, what browsers offer first. */
    public H264Packetizer() {
        this(1);
    }

    @Override
    public List<byte[]> packetize(byte[] accessUnit, int maxPayloadSize) {
        if (maxPayloadSize < FU_A_HEADER + 1) {
            throw new IllegalArgumentException("payload budget " + maxPayloadSize + " leaves no room for a FU-A fragment");
        }
        List<byte[]> nals = withParameterSets(AnnexB.split(accessUnit));
        if (nals.isEmpty()) {
            throw new IllegalArgumentException("access unit of " + accessUnit.length + " bytes holds no NAL unit");
        }
        List<byte[]> out = new ArrayList<>();
        int i = 0;
        while (i < nals.size()) {
            byte[] nal = nals.get(i);
            if (nal.length > maxPayloadSize) {
                if (packetizationMode == 0) {
                    throw new IllegalArgumentException("NAL unit of " + nal.length + " bytes exceeds the payload budget "
                            + maxPayloadSize + "; packetization-mode 0 does not fragment");
                }
                fragment(nal, maxPayloadSize, out);
                i++;
            } else {
                int n = packetizationMode == 0 ? 1 : aggregatable(nals, i, maxPayloadSize);
                out.add(n == 1 ? nal : stapA(nals.subList(i, i + n)));
                i += n;
            }
        }
        return out;
    }

    /** How many NAL units from {@code from} fit one STAP-A; 1 means send the first alone. */
    private static int aggregatable(List<byte[]> nals, int from, int budget) {
        int size = STAP_A_HEADER;
        int n = 0;
        while (from + n < nals.size() && size + STAP_A_SIZE_FIELD + nals.get(from + n).length <= budget) {
            size += STAP_A_SIZE_FIELD + nals.get(from + n).length;
            n++;
        }
        return Math.max(1, n);
    }

    private static byte[] stapA(List<byte[]> nals) {
        int size = STAP_A_HEADER;
        int nri = 0;
        for (byte[] nal : nals) {
            size += STAP_A_SIZE_FIELD + nal.length;
            nri = Math.max(nri, nal[0] & 0x60);
        }
        byte[] p = new byte[size];
        p[0] = (byte) (nri | H264Nal.STAP_A); // NRI: the highest of the aggregated units (RFC 6184 section 5.7)
        int o = STAP_A_HEADER;
        for (byte[] nal : nals) {
            p[o] = (byte) (nal.length >>> 8);
            p[o + 1] = (byte) nal.length;
            System.arraycopy(nal, 0, p, o + 2, nal.length);
            o += 2 + nal.length;
        }
        return p;
    }

    /** FU-A fragments of balanced size: the NAL header byte is not sent, it is rebuilt from the FU indicator and header. */
    private static void fragment(byte[] nal, int budget, List<byte[]> out) {
        int data = nal.length - 1;
        int room = budget - FU_A_HEADER;
        int packets = (data + room - 1) / room;
        int base = data / packets;
        int larger = data % packets;
        int p = 1;
        for (int i = 0; i < packets; i++) {
            int n = base + (i < larger ? 1 : 0);
            byte[] payload = new byte[FU_A_HEADER + n];
            payload[0] = (byte) (nal[0] & 0xE0 | H264Nal.FU_A);
            payload[1] = (byte) ((i == 0 ? 0x80 : 0) | (i == packets - 1 ? 0x40 : 0) | H264Nal.type(nal[0]));
            System.arraycopy(nal, p, payload, FU_A_HEADER, n);
            p += n;
            out.add(payload);
        }
    }

    /** Remembers parameter sets, and puts the last ones in front of an IDR access unit that lacks them. */
    private List<byte[]> withParameterSets(List<byte[]> nals) {
        for (byte[] nal : nals) {
            switch (H264Nal.type(nal[0])) {
                case H264Nal.SPS -> lastSps = nal;
                case H264Nal.PPS -> lastPps = nal;
                default -> {
                }
            }
        }
        boolean idr = H264AccessUnit.contains(nals, H264Nal.IDR);
        if (!idr || lastSps == null || lastPps == null
                || H264AccessUnit.contains(nals, H264Nal.SPS) && H264AccessUnit.contains(nals, H264Nal.PPS)) {
            return nals;
        }
        List<byte[]> out = new ArrayList<>(nals);
        // An access unit delimiter, if any, must stay first (H.264 section 7.4.1.2.3).
        int at = H264Nal.type(nals.get(0)[0]) == H264Nal.AUD ? 1 : 0;
        if (!H264AccessUnit.contains(nals, H264Nal.PPS)) {
            out.add(at, lastPps);
        }
        if (!H264AccessUnit.contains(nals, H264Nal.SPS)) {
            out.add(at, lastSps);
        }
        return out;
    }

    @Override
    public boolean markerOnLastPacket() {
        return true;
    }
}
