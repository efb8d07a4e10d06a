package org.jpeer.signaling.internal;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Reading requests: content type, bearer token, body text. */
public final class HttpRequests {
    private HttpRequests() {
    }

    /** Whether the media type (parameters such as {@code charset} ignored) is {@code expected}. */
    public static boolean hasContentType(HttpRequest request, String expected) {
        String value = request.headers().get(HttpHeaderNames.CONTENT_TYPE);
        if (value == null) {
            return false;
        }
        int semicolon = value.indexOf(';');
        String mediaType = (semicolon < 0 ? value : value.substring(0, semicolon)).trim();
        return mediaType.equalsIgnoreCase(expected);
    }

    /** Whether the request carries {@code Authorization: Bearer <token>}; compared in constant time. */
    public static boolean hasBearerToken(HttpRequest request, String token) {
        String value = request.headers().get(HttpHeaderNames.AUTHORIZATION);
        if (value == null || !value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = value.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The body as text. SDP and JSON are UTF-8; malformed bytes are refused rather than replaced, so
     * the handler never parses text the client did not send.
     *
     * @throws IllegalArgumentException when the body is not UTF-8
     */
    public static String utf8Body(ByteBuf content) {
        ByteBuffer bytes = content.nioBuffer();
        try {
            CharBuffer text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes);
            return text.toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("body is not UTF-8 text", e);
        }
    }
}
