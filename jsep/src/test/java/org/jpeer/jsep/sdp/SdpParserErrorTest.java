package org.jpeer.jsep.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SdpParserErrorTest {
    private static final String HEAD = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n";
    private static final String AUDIO = "m=audio 9 UDP/TLS/RTP/SAVPF 111\r\nc=IN IP4 0.0.0.0\r\n";

    private static InvalidSdpException reject(String text) {
        return assertThrows(InvalidSdpException.class, () -> SdpParser.parse(text));
    }

    @Test
    void messageNamesLineNumberLineAndRule() {
        InvalidSdpException e = reject(HEAD + AUDIO + "a=fingerprint:md4 00\r\n");
        assertEquals(7, e.lineNumber());
        assertEquals("a=fingerprint:md4 00", e.line());
        assertEquals("unknown hash 'md4'", e.rule());
        assertEquals("line 7 'a=fingerprint:md4 00': unknown hash 'md4'", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a=setup:both | setup role 'both' is unknown | unknown setup role 'both'",
        "a=rtpmap:96 VP8 | rtpmap needs a clock rate | rtpmap: expected 'name/clock-rate[/channels]'",
        "a=rtpmap:200 VP8/90000 | payload type range | payload type '200' is not in 0..127",
        "a=rtpmap:96 VP8/x | clock rate number | clock rate 'x' is not a number",
        "a=fmtp:96 | fmtp without parameters | fmtp needs parameters after the payload type",
        "a=rtcp-fb:96  nack | double space | rtcp-fb: fields must be separated by single spaces",
        "a=extmap:0 urn:x | extmap id 0 | extmap id '0' is not in 1..4351",
        "a=extmap:1/both urn:x | extmap direction | unknown direction 'both'",
        "a=ssrc:4294967296 cname:x | ssrc range | ssrc '4294967296' is not in 0..4294967295",
        "a=ssrc-group:FID 1 x | ssrc-group ssrc | ssrc 'x' is not a number",
        "a=rid:1 both | rid direction | rid direction 'both' is neither 'send' nor 'recv'",
        "a=simulcast:send 1;2 send 3 | simulcast twice | simulcast: send and recv may each appear once",
        "a=candidate:1 1 udp 1 1.2.3.4 70000 typ host | candidate port | candidate 'port': '70000' is not in 0..65535",
        "a=candidate:1 1 udp 1 1.2.3.4 9 typ banana | candidate type | candidate 'typ': unknown candidate type 'banana'",
        "a=mid | mid without value | mid needs a value",
        "a=rtcp-mux:yes | flag with value | rtcp-mux takes no value",
        "a=ice-ufrag:a b | ice-char | ice-ufrag 'a b' has characters other than ice-char",
        "a=fingerprint:sha-256 AB:CD:E | fingerprint hex | fingerprint 'AB:CD:E' is not colon-separated hex bytes",
        "a=sctp-port:65536 | sctp port | sctp-port '65536' is not in 0..65535",
        "a=ptime:0 | ptime zero | ptime must not be zero",
        "a=max-message-size:-1 | negative size | max-message-size '-1' is not a number",
        "a=msid:  x | msid spaces | msid: fields must be separated by single spaces",
        "a=rtcp:9 IN IP4 | rtcp address | rtcp: expected 'port' or 'port nettype addrtype address'",
        "a=: | empty attribute name | attribute name '' is not a token",
        "a=tls-id:short | tls-id length | tls-id must have 20..255 characters",
    })
    void mediaAttributeErrorsPointAtTheirLine(String line, String why, String rule) {
        InvalidSdpException e = reject(HEAD + AUDIO + "a=mid:0\r\n" + line + "\r\n");
        assertEquals(8, e.lineNumber(), why);
        assertEquals(line, e.line());
        assertEquals(rule, e.rule(), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "o=- 1 2 IN IP4 127.0.0.1\\nv=0 | 1 | SDP must start with v=",
        "v=1 | 1 | v= must be 0",
        "v=0\\no=- x 2 IN IP4 127.0.0.1 | 2 | origin session id 'x' is not a number",
        "v=0\\no=- 1 2 IN IP4 | 2 | o=: expected at least 6 fields, got 5",
        "v=0\\no=- 1 2 IN IP4 h\\nt=0 0\\ns=- | 4 | 's=' out of order: expected the order v o s i u e p c b t r z k a m",
        "v=0\\no=- 1 2 IN IP4 h\\ns=-\\nx=1 | 4 | unknown type letter 'x'",
        "v=0\\no=- 1 2 IN IP4 h\\ns=-\\nt=0 0\\n\\na=x | 5 | empty line",
        "v=0\\no=- 1 2 IN IP4 h\\ns=-\\nt=0 0\\nhello | 5 | expected '<type>=<value>'",
        "v=0\\no=- 1 2 IN IP4 h\\ns=-\\nm=audio 9 RTP/AVP 0 | 4 | t= line is missing",
        "v=0\\no=- 1 2 IN IP4 h\\ns=- | 3 | t= line is missing",
        "v=0\\ns=-\\nt=0 0 | 3 | o= line is missing",
        "v=0\\no=- 1 2 IN IP4 h\\ns=-\\ns=- | 4 | more than one 's=' line",
        "v=0\\no=- 1 2 IN IP4 h\\ns=-\\nr=1 2 3 | 4 | r= must follow a t= line",
        "v=0\\no=- 1 2 IN IP4 h\\ns=-\\nt=0 0\\nm=audio 9 RTP/AVP | 5 | m=: expected at least 4 fields, got 3",
        "v=0\\no=- 1 2 IN IP4 h\\ns=-\\nt=0 0\\nm=audio 70000 RTP/AVP 0 | 5 | port '70000' is not in 0..65535",
        "v=0\\no=- 1 2 IN IP4 h\\ns=-\\nt=0 0\\nm=audio 9 RTP/AVP 0\\nt=0 0 | 6 | 't=' is not allowed in an m-section",
        "v=0\\no=- 1 2 IN IP4 h\\ns=-\\nt=0 0\\nm=audio 9 RTP/AVP 0\\na=x\\nc=IN IP4 h | 7 | 'c=' out of order: expected the order m i c b k a",
        "v=0\\no=- 1 2 IN IP4 h\\ns=-\\nb=AS\\nt=0 0 | 4 | b=: expected 'type:value'",
        "v=0\\no=- 1 2 IN IP4 h\\ns=-\\nt=0 0\\na=x\\rx | 5 | CR or NUL inside a line",
    })
    void structuralErrors(String text, int lineNumber, String rule) {
        InvalidSdpException e = reject(text.replace("\\n", "\n").replace("\\r", "\r"));
        assertEquals(rule, e.rule());
        assertEquals(lineNumber, e.lineNumber());
    }

    @Test
    void wholeDescriptionErrorsUseLineZero() {
        assertEquals(0, reject(null).lineNumber());
        assertEquals("empty description", reject("\r\n\r\n").rule());
        InvalidSdpException tooBig = reject("v=0\r\n" + "a".repeat(SdpLimits.MAX_TOTAL_CHARS));
        assertEquals(0, tooBig.lineNumber());
        assertEquals("longer than 262144 characters", tooBig.getMessage());
    }

    @Test
    void limitsAreEnforced() {
        assertEquals("line longer than 8192 characters",
                reject(HEAD + "a=x:" + "y".repeat(SdpLimits.MAX_LINE_CHARS)).rule());
        assertEquals("more than 1024 attributes in one section",
                reject(HEAD + "a=x\r\n".repeat(SdpLimits.MAX_ATTRIBUTES + 1)).rule());
        assertEquals("more than 64 m-sections", reject(HEAD + "m=audio 9 RTP/AVP 0\r\n".repeat(65)).rule());
        assertEquals("more than 32 'b=' lines", reject(HEAD.replace("t=0 0\r\n", "") + "b=AS:1\r\n".repeat(33)).rule());
    }

    @Test
    void longLinesAreShortenedInTheMessageButKeptInLine() {
        String line = "a=rtcp-mux:" + "z".repeat(300);
        InvalidSdpException e = reject(HEAD + line + "\r\n");
        assertEquals(line, e.line());
        assertEquals(true, e.getMessage().length() < 250);
    }

    @Test
    void toleratesLfOnlyAndTrailingBlankLines() {
        SessionDescription lf = SdpParser.parse("v=0\no=- 1 2 IN IP4 h\ns=-\nt=0 0\na=ice-lite\n\n");
        assertEquals("v=0\r\no=- 1 2 IN IP4 h\r\ns=-\r\nt=0 0\r\na=ice-lite\r\n", lf.write());
        assertEquals(true, lf.isIceLite());
        SessionDescription noFinalNewline = SdpParser.parse("v=0\r\no=- 1 2 IN IP4 h\r\ns=-\r\nt=0 0");
        assertEquals(1, noFinalNewline.timings().size());
    }
}
