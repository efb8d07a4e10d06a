package org.jpeer.signaling;

/**
 * A {@link SessionHandler} refuses an offer; the server answers {@code 400 Bad Request} with the
 * message as the body. Any other {@link IllegalArgumentException} (such as the SDP parser's
 * line-precise one) is treated the same way.
 *
 * <pre>{@code
 * if (!sdp.contains("m=")) {
 *     return CompletableFuture.failedFuture(new BadOfferException("offer has no media section"));
 * }
 * }</pre>
 */
public class BadOfferException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public BadOfferException(String reason) {
        super(reason);
    }

    public BadOfferException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
