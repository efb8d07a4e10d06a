package org.jpeer.jsep.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SdpRoundTripTest {

    static Stream<String> fixtures() {
        return Fixtures.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void parseThenWriteReproducesTheFixtureByteForByte(String name) {
        SessionDescription parsed = Fixtures.parse(name);
        assertEquals(Fixtures.crlf(name), parsed.write());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void writtenTextParsesToAnEqualModel(String name) {
        SessionDescription parsed = Fixtures.parse(name);
        assertEquals(parsed, SdpParser.parse(parsed.write()));
        assertEquals(parsed, parsed.toBuilder().build());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void noTypedAttributeFallsBackToUnknownWhenItHasARecord(String name) {
        SessionDescription parsed = Fixtures.parse(name);
        Stream.concat(parsed.attributes().stream(), parsed.media().stream().flatMap(m -> m.attributes().stream()))
                .filter(a -> a instanceof UnknownAttribute)
                .forEach(a -> assertEquals(a, AttributeRegistry.parse(a.name(), a.sdpValue())));
    }
}
