package org.jpeer.cli;

import java.io.PrintStream;

/**
 * The live status of a long run: one line rewritten in place on a terminal, plain periodic lines
 * when the output is a file or a pipe (CI logs stay readable).
 */
final class StatusLine {
    private final PrintStream out;
    private final boolean terminal;
    private int lastLength;

    StatusLine(PrintStream out) {
        this.out = out;
        this.terminal = System.console() != null;
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
    }
}
