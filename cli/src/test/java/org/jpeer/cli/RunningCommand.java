package org.jpeer.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code jpeer} command running on its own thread in this JVM, as a second process would: its
 * output is captured, the URL a server prints is read from it, and an interrupt stops a server.
 */
final class RunningCommand implements AutoCloseable {
    private static final Pattern URL = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final CompletableFuture<Integer> status = new CompletableFuture<>();
    private final Thread thread;

    private RunningCommand(String... args) {
        thread = new Thread(() -> {
            try {
                status.complete(Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args));
            } catch (Throwable t) {
                status.completeExceptionally(t);
            }
        }, "jpeer-" + args[0]);
        thread.setDaemon(true);
    }

    static RunningCommand start(String... args) {
        RunningCommand command = new RunningCommand(args);
        command.thread.start();
        return command;
    }

    /** Runs a command to its end here and gives its exit status and output. */
    static Result run(String... args) {
        RunningCommand command = new RunningCommand(args);
        command.thread.run();
        return command.result();
    }

    /** The base URL the server printed, {@code http://127.0.0.1:PORT}. */
    String awaitBaseUrl(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            Matcher m = URL.matcher(out.toString());
            if (m.find()) {
                return m.group();
            }
            if (status.isDone()) {
                break;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no URL printed: " + out + err);
    }

    /** Waits for the command to end by itself. */
    Result await(Duration timeout) throws Exception {
        status.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return result();
    }

    Result result() {
        return new Result(status.getNow(-1), out.toString(), err.toString());
    }

    /** Stops a server (an interrupt ends its serving) and waits for it to close. */
    @Override
    public void close() {
        thread.interrupt();
        status.completeOnTimeout(-1, 10, TimeUnit.SECONDS).join();
    }

    record Result(int status, String out, String err) {
        @Override
        public String toString() {
            return "exit " + status + "\n" + out + err;
        }
    }
}
