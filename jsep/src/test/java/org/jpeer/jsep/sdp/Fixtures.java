package org.jpeer.jsep.sdp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Loads the captured SDP files under {@code src/test/resources/sdp}. */
final class Fixtures {
    static final List<String> ALL = List.of(
            "chrome-offer.sdp", "chrome-answer.sdp", "chrome-simulcast-offer.sdp", "chrome-mdns-offer.sdp",
            "firefox-offer.sdp", "firefox-answer.sdp", "safari-offer.sdp", "pion-offer.sdp", "aiortc-answer.sdp", "janus-offer.sdp",
            "libdatachannel-offer.sdp", "rfc9429-offer-b2.sdp", "rfc9429-offer-c1.sdp");

    private Fixtures() {
    }

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/sdp/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture with every line ending in CRLF, which is what the writer emits. */
    static String crlf(String name) {
        return text(name).replace("\r\n", "\n").replace("\n", "\r\n");
    }

    static SessionDescription parse(String name) {
        return SdpParser.parse(text(name));
    }
}
