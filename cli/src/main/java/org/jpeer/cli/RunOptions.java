package org.jpeer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** How long a command runs and the report it leaves: the options every long-running command shares. */
final class RunOptions {

    @Option(names = "--duration", paramLabel = "S",
            description = "Seconds to run: of media for clients (default 5), of serving for servers (default: until stopped).")
    private Double duration;

    @Option(names = "--stats-json", paramLabel = "FILE",
            description = "Write the final getStats report as JSON, W3C type and field names.")
    private Path statsJson;

    /** The duration given, or {@code fallback} (which may be infinite: serve until stopped). */
    double duration(double fallback) {
        return duration == null ? fallback : duration;
    }

    /** Writes {@code stats} to the {@code --stats-json} file, if one was named. */
    void writeStats(Map<String, Object> stats) throws IOException {
        if (statsJson != null) {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(statsJson.toFile(), stats);
        }
    }
}
