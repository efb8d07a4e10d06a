package org.jpeer.signaling;

/**
 * A signaling server answered with an unexpected status; the client futures fail with it.
 *
 * <pre>{@code
 * client.post(offer).exceptionally(e -> {
 *     if (e.getCause() instanceof HttpStatusException s && s.status() == 400) log.warn("refused: {}", s.body());
 *     return null;
 * });
 * }</pre>
 */
public final class HttpStatusException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN_BODY_CHARS = 300;

    private final int status;
    private final String body;

    public HttpStatusException(String request, int status, String body) {
        super(request + " answered " + status + (body.isBlank() ? "" : ": " + shorten(body.strip())));
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    /** The response body, often the server's reason. */
    public String body() {
        return body;
    }

    private static String shorten(String text) {
        return text.length() <= SHOWN_BODY_CHARS ? text : text.substring(0, SHOWN_BODY_CHARS) + "...";
    }
}
