package org.jpeer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How long a command runs and the report it leaves: the options every long-running command shares. */
final class RunOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--duration", paramLabel = "S",
            description = "Seconds to run: of media for clients (default 5), of serving for servers (default: until stopped).")
    private Double duration;

    @Option(names = "--stats-json", paramLabel = "FILE",
            description = "Write the final getStats report as JSON, W3C type and field names.")
    private Path statsJson;

    /** The duration given, or {@code fallback} (which may be infinite: serve until stopped). */
    double duration(double fallback) {
        return positive(spec, duration, fallback);
    }

    /** A {@code --duration} value checked to be positive, or {@code fallback} when none was given. */
    static double positive(CommandSpec spec, Double seconds, double fallback) {
        if (seconds != null && !(seconds > 0)) {
            throw new ParameterException(spec.commandLine(), "--duration: must be more than 0 seconds, got " + seconds);
        }
        return seconds == null ? fallback : seconds;
    }

    /** Refuses {@code --stats-json} where there is no one connection to report (a server of many). */
    void refuseStats(String reason) {
        if (statsJson != null) {
            throw new ParameterException(spec.commandLine(), "--stats-json: " + reason);
        }
    }

    /** Writes {@code stats} to the {@code --stats-json} file, if one was named. */
    void writeStats(Map<String, Object> stats) throws IOException {
        if (statsJson != null) {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(statsJson.toFile(), stats);
        }
    }
}
