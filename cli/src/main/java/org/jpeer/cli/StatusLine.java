package org.jpeer.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * The live status of a long run: one line rewritten in place on a terminal, plain periodic lines
 * when the output is a file or a pipe (CI logs stay readable).
 */
final class StatusLine {
    private static final long PERIOD_MILLIS = 1000;

    private final PrintWriter out;
    private final boolean terminal;
    private int lastLength;

    StatusLine(PrintWriter out) {
        this.out = out;
        this.terminal = System.console() != null;
    }

    /**
     * Prints {@code status} once a second for {@code seconds} (forever when infinite), then ends the
     * line; an interrupt ends it early and is kept for the caller to see.
     */
    static void show(PrintWriter out, double seconds, Supplier<String> status) {
        StatusLine line = new StatusLine(out);
        long end = Double.isInfinite(seconds) ? Long.MAX_VALUE : System.nanoTime() + (long) (seconds * 1e9);
        try {
            while (System.nanoTime() < end) {
                Thread.sleep(Math.min(PERIOD_MILLIS, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
                line.update(status.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            line.finish();
        }
    }

    void update(String status) {
        if (terminal) {
            String padded = status.length() < lastLength ? status + " ".repeat(lastLength - status.length()) : status;
            out.print("\r" + padded);
            lastLength = status.length();
        } else {
            out.println(status);
        }
        out.flush();
    }

    /** Ends the in-place line so that what follows starts on its own line. */
    void finish() {
        if (terminal && lastLength > 0) {
            out.println();
            lastLength = 0;
        }
        out.flush();
    }
}
