package org.jpeer.jsep.negotiation;

/**
 * A description that is well-formed SDP but breaks a JSEP rule, such as an answer whose m-lines do
 * not match the offer, or a media section without ICE credentials; the browser rejects with
 * {@code InvalidAccessError} (RFC 9429 §5.7, §5.8).
 *
 * <pre>{@code
 * // "answer m-line 1: mid '1' does not match the offer's mid 'video'"
 * }</pre>
 */
public class InvalidAccessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidAccessException(String message) {
        super(message);
    }
}
