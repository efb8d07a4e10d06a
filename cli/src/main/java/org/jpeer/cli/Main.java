package org.jpeer.cli;

import java.io.PrintWriter;
import java.util.Arrays;
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
        subcommands = {LoopbackCommand.class, SdpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        configureLogging(args);
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status; used by {@link #main} and by tests. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new Main())
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
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
