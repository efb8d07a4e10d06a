package org.jpeer.jsep.sdp;

/**
 * Writes descriptions in RFC 8866 line order with CRLF line ends. Every typed attribute writes its
 * canonical text, which is what the parser accepted, so parse → write reproduces the input.
 */
final class SdpWriter {
    private static final String CRLF = "\r\n";

    private SdpWriter() {
    }

    static String write(SessionDescription d) {
        StringBuilder b = new StringBuilder(4096);
        line(b, 'v', Integer.toString(d.version()));
        line(b, 'o', d.origin().sdpValue());
        line(b, 's', d.sessionName());
        optional(b, 'i', d.info());
        optional(b, 'u', d.uri());
        d.emails().forEach(e -> line(b, 'e', e));
        d.phones().forEach(p -> line(b, 'p', p));
        if (d.connection() != null) {
            line(b, 'c', d.connection().sdpValue());
        }
        d.bandwidths().forEach(bw -> line(b, 'b', bw.sdpValue()));
        for (Timing t : d.timings()) {
            line(b, 't', t.sdpValue());
            t.repeats().forEach(r -> line(b, 'r', r));
        }
        optional(b, 'z', d.timeZones());
        optional(b, 'k', d.encryptionKey());
        d.attributes().forEach(a -> b.append(a.toSdpLine()).append(CRLF));
        d.media().forEach(m -> writeMedia(b, m));
        return b.toString();
    }

    static void writeMedia(StringBuilder b, MediaDescription m) {
        line(b, 'm', m.mediaLineValue());
        optional(b, 'i', m.info());
        if (m.connection() != null) {
            line(b, 'c', m.connection().sdpValue());
        }
        m.bandwidths().forEach(bw -> line(b, 'b', bw.sdpValue()));
        optional(b, 'k', m.encryptionKey());
        m.attributes().forEach(a -> b.append(a.toSdpLine()).append(CRLF));
    }

    private static void optional(StringBuilder b, char type, String value) {
        if (value != null) {
            line(b, type, value);
        }
    }

    private static void line(StringBuilder b, char type, String value) {
        b.append(type).append('=').append(value).append(CRLF);
    }
}
