package org.jpeer.cli;

import java.io.PrintWriter;
import org.jpeer.signaling.SignalingServer;

/** Runs a started signaling server for a while with a live count of its sessions, then closes it. */
final class Serving {

    private Serving() {
    }

    /**
     * Prints {@code what} and the server's base URL ({@code http://HOST:PORT}, the line scripts read the
     * picked port from), serves for {@code seconds} (infinite: until the process is stopped), closes.
     */
    static void serve(PrintWriter out, SignalingServer server, String what, double seconds) {
        try (server) {
            out.println(what + " at " + baseUrl(server));
            out.flush();
            StatusLine.show(out, seconds, () -> server.sessionCount() + " sessions, " + server.roomCount() + " rooms");
        }
    }

    static String baseUrl(SignalingServer server) {
        return "http://" + server.address().getAddress().getHostAddress() + ":" + server.port();
    }
}
