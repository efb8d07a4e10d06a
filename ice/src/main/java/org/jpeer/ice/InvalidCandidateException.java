package org.jpeer.ice;

/**
 * A candidate string that does not follow the RFC 8839 {@code candidate-attribute} grammar.
 * The message names the field and the rule it broke, e.g.
 * {@code candidate 'port': '70000' is not in 0..65535}.
 */
public final class InvalidCandidateException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidCandidateException(String field, String message) {
        super("candidate '" + field + "': " + message);
        this.field = field;
    }

    /** The grammar field that was wrong, such as {@code priority} or {@code typ}. */
    public String field() {
        return field;
    }
}
