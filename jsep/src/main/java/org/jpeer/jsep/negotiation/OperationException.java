package org.jpeer.jsep.negotiation;

/**
 * A description that cannot be applied although it is valid on its own, for example a local
 * description that is not the one this session last created; the browser rejects with
 * {@code OperationError}.
 *
 * <pre>{@code
 * // "setLocalDescription(offer): the description differs from the last created offer"
 * }</pre>
 */
public class OperationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OperationException(String message) {
        super(message);
    }
}
