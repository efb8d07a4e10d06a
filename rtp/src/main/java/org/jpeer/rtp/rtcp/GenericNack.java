package org.jpeer.rtp.rtcp;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jpeer.rtp.ByteIo;

/**
 * Generic NACK (RFC 4585 section 6.2.1): RTPFB, FMT 1. The lost sequence numbers are packed into
 * PID+BLP pairs on the wire: each pair names a PID and a bitmask of the 16 numbers after it.
 * The lost numbers are a set: kept sorted ascending without duplicates, so that a NACK read from
 * the wire and written again is the same value. (Sorting by plain value gives up packing 65535
 * and 0 into one pair, which costs at most one extra word.)
 *
 * <pre>{@code new GenericNack(mySsrc, remoteSsrc, List.of(100, 101, 105))   // one FCI entry}</pre>
 */
public record GenericNack(long senderSsrc, long mediaSsrc, List<Integer> lostSequenceNumbers) implements RtcpPacket {

    public static final int FMT = 1;

    public GenericNack {
        ByteIo.checkUnsigned("senderSsrc", senderSsrc, 32);
        ByteIo.checkUnsigned("mediaSsrc", mediaSsrc, 32);
        for (int s : lostSequenceNumbers) {
            ByteIo.checkUnsigned("lost sequence number", s, 16);
        }
        lostSequenceNumbers = List.copyOf(new TreeSet<>(lostSequenceNumbers));
        if (lostSequenceNumbers.isEmpty()) {
            throw new IllegalArgumentException("a generic NACK needs at least one sequence number");
        }
    }

    /** The PID+BLP words, each {@code pid << 16 | blp}. */
    List<Integer> fci() {
        List<Integer> words = new ArrayList<>();
        int pid = -1;
        int blp = 0;
        for (int seq : lostSequenceNumbers) {
            int diff = seq - pid;
            if (pid >= 0 && diff <= 16) {
                blp |= 1 << (diff - 1);
                continue;
            }
            if (pid >= 0) {
                words.add(pid << 16 | blp);
            }
            pid = seq;
            blp = 0;
        }
        words.add(pid << 16 | blp);
        return words;
    }

    @Override
    public int size() {
        return 12 + 4 * fci().size();
    }

    @Override
    public int writeTo(byte[] buf, int off) {
        List<Integer> words = fci();
        int size = 12 + 4 * words.size();
        RtcpPacket.writeHeader(buf, off, FMT, RTPFB, size);
        ByteIo.put32(buf, off + 4, senderSsrc);
        ByteIo.put32(buf, off + 8, mediaSsrc);
        for (int i = 0; i < words.size(); i++) {
            ByteIo.put32(buf, off + 12 + 4 * i, words.get(i) & 0xFFFFFFFFL);
        }
        return size;
    }
}
