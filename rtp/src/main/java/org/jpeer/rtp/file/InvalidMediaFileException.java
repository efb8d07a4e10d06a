package org.jpeer.rtp.file;

import java.io.IOException;

/**
 * Thrown by the file readers of this package when bytes do not form a valid file of their format;
 * the message names the field and the rule. With {@link IOException} from the underlying stream,
 * it is the only exception a reader lets escape for any input.
 *
 * <pre>{@code
 * try (IvfReader ivf = IvfReader.open(in)) {
 *     ...
 * } catch (InvalidMediaFileException e) {
 *     System.err.println("not an IVF file: " + e.getMessage());
 * }
 * }</pre>
 */
public final class InvalidMediaFileException extends IOException {

    public InvalidMediaFileException(String message) {
        super(message);
    }
}
