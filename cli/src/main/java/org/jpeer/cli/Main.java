package org.jpeer.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code jpeer} command. Exit status: 0 success, 1 failure with a one-line reason on stderr,
 * 2 bad usage.
 */
@Command(name = "jpeer",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A headless WebRTC peer for the JVM.",
        subcommands = {LoopbackCommand.class, EchoCommand.class, SendCommand.class, ReceiveCommand.class,
            CallCommand.class, SignalCommand.class, SdpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        configureLogging(args);
        System.exit(run(args));
    }

    /** Runs the command line on stdout and stderr and returns its exit status; used by {@link #main} and by tests. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /**
     * Runs the command line with its output and errors going to the given writers, so that several
     * commands can run side by side in one JVM (a test runs {@code echo} and {@code send} together).
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main())
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(Main::oneLineFailure);
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Failures are one line on stderr: the reason, not a stack trace (that is what {@code --verbose} logs are for). */
    private static int oneLineFailure(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        Throwable cause = e;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        err.println("jpeer: " + reason.lines().findFirst().orElse(reason));
        err.flush();
        return 1;
    }

    /** slf4j-simple reads its level once, when the first logger is made: set it before anything logs. */
    private static void configureLogging(String[] args) {
        boolean verbose = Arrays.stream(args).anyMatch(a -> a.equals("--verbose") || a.equals("-v"));
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "debug" : "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
    }
}
