package org.jpeer.cli;

import java.net.InetSocketAddress;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options of the commands that serve signaling: where and for how long. */
final class ServeOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--http", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:0", converter = HostPort.class,
            description = "Where to serve HTTP and WebSocket (default ${DEFAULT-VALUE}; port 0 picks a free port and prints it).")
    InetSocketAddress http;

    @Option(names = "--duration", paramLabel = "S", description = "Seconds to serve (default: until stopped).")
    Double duration;

    double seconds() {
        return RunOptions.positive(spec, duration, Double.POSITIVE_INFINITY);
    }
}
