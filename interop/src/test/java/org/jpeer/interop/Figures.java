package org.jpeer.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Timings the interop tests measure: logged, and written under {@code interop/target/figures/}
 * for closing notes and comparisons. Figures are reported, never asserted: CI machines are noisy.
 */
final class Figures {
    private static final Logger log = LoggerFactory.getLogger(Figures.class);
    static final Path DIRECTORY = Path.of("target", "figures");

    private Figures() {
    }

    /** Logs {@code String.format(format, args)} and writes it to {@code file} in the figures directory. */
    static void record(String file, String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args).strip();
        log.info(text);
        save(file, text + System.lineSeparator());
    }

    /** Writes an artifact (an SDP, say) to the figures directory. */
    static void save(String file, String content) {
        try {
            Files.createDirectories(DIRECTORY);
            Files.writeString(DIRECTORY.resolve(file), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
