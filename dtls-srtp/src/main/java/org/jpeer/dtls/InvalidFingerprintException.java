package org.jpeer.dtls;

/** A fingerprint string or value that does not follow RFC 8122 §5; the message names the rule. */
public final class InvalidFingerprintException extends IllegalArgumentException {

    public InvalidFingerprintException(String message) {
        super(message);
    }
}
