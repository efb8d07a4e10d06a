package org.jpeer.rtp.rtcp;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jpeer.rtp.ByteIo;

/** One SDES chunk: a source and its items, e.g. {@code new SdesChunk(ssrc, List.of(new SdesItem(SdesItem.CNAME, cname)))}. */
public record SdesChunk(long ssrc, List<SdesItem> items) {

    public SdesChunk {
        ByteIo.checkUnsigned("ssrc", ssrc, 32);
        items = List.copyOf(items);
    }

    public static SdesChunk cname(long ssrc, String cname) {
        return new SdesChunk(ssrc, List.of(new SdesItem(SdesItem.CNAME, cname)));
    }

    public Optional<String> cname() {
        return items.stream().filter(i -> i.type() == SdesItem.CNAME).map(SdesItem::text).findFirst();
    }

    /** SSRC, items, at least one null terminator byte, padded to 32 bits. */
    int size() {
        int n = 0;
        for (SdesItem i : items) {
            n += i.encodedLength();
        }
        return 4 + ((n + 1 + 3) & ~3);
    }

    int writeTo(byte[] buf, int off) {
        ByteIo.put32(buf, off, ssrc);
        int p = off + 4;
        for (SdesItem i : items) {
            byte[] text = i.text().getBytes(StandardCharsets.UTF_8);
            buf[p] = (byte) i.type();
            buf[p + 1] = (byte) text.length;
            System.arraycopy(text, 0, buf, p + 2, text.length);
            p += 2 + text.length;
        }
        int end = off + size();
        java.util.Arrays.fill(buf, p, end, (byte) 0);
        return end - off;
    }
}
