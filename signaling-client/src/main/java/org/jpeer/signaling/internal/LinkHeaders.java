package org.jpeer.signaling.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jpeer.signaling.IceServer;

/** {@code Link: <url>; rel="ice-server"} headers (RFC 9725 §4.6, RFC 8288 syntax), both ways. */
public final class LinkHeaders {
    private LinkHeaders() {
    }

    public static String format(IceServer server) {
        StringBuilder out = new StringBuilder().append('<').append(server.url()).append(">; rel=\"ice-server\"");
        if (server.username() != null) {
            out.append("; username=").append(quote(server.username()));
        }
        if (server.credential() != null) {
            out.append("; credential=").append(quote(server.credential()))
                    .append("; credential-type=\"password\"");
        }
        return out.toString();
    }

    /**
     * The ICE servers among {@code Link} header values; each value may hold several comma-separated
     * links. Links with another {@code rel} and unreadable links are skipped: a server's extra links must
     * not break the client.
     */
    public static List<IceServer> parseIceServers(List<String> headerValues) {
        List<IceServer> servers = new ArrayList<>();
        for (String value : headerValues) {
            for (String link : splitOutsideQuotes(value, ',')) {
                IceServer server = parseLink(link.trim());
                if (server != null) {
                    servers.add(server);
                }
            }
        }
        return servers;
    }

    private static IceServer parseLink(String link) {
        int close = link.indexOf('>');
        if (!link.startsWith("<") || close < 0) {
            return null;
        }
        String url = link.substring(1, close);
        Map<String, String> params = new HashMap<>();
        for (String param : splitOutsideQuotes(link.substring(close + 1), ';')) {
            int eq = param.indexOf('=');
            if (eq > 0) {
                params.put(param.substring(0, eq).trim().toLowerCase(), unquote(param.substring(eq + 1).trim()));
            }
        }
        if (!"ice-server".equalsIgnoreCase(params.get("rel"))) {
            return null;
        }
        try {
            return new IceServer(url, params.get("username"), params.get("credential"));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        boolean bracketed = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"' && !bracketed) {
                quoted = !quoted;
            } else if (c == '<' && !quoted) {
                bracketed = true;
            } else if (c == '>' && !quoted) {
                bracketed = false;
            } else if (c == separator && !quoted && !bracketed) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String unquote(String value) {
        if (value.length() < 2 || value.charAt(0) != '"' || value.charAt(value.length() - 1) != '"') {
            return value;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < value.length() - 1; i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() - 1) {
                c = value.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }
}
