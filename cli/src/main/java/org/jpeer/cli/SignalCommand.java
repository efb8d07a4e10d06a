package org.jpeer.cli;

import java.util.concurrent.Callable;
import org.jpeer.signaling.SignalingServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jpeer signal}: the WebSocket room server on its own. */
@Command(name = "signal", mixinStandardHelpOptions = true,
        description = "The WebSocket room server alone: ws://HOST:PORT/ws?room=NAME, two members a room, each JSON "
            + "message relayed to the other member. Prints the URL it serves.")
final class SignalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ServeOptions serve;

    @Override
    public Integer call() {
        SignalingServer server = SignalingServer.builder().bind(serve.http).rooms("/ws").start();
        Serving.serve(spec.commandLine().getOut(), server, "signal: rooms /ws", serve.seconds());
        return 0;
    }
}
