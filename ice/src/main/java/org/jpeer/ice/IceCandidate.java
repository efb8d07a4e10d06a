package org.jpeer.ice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One ICE candidate as carried in SDP ({@code a=candidate:...}) and in trickle messages (RFC 8839 §5.1).
 *
 * <p>Parsing keeps every field, including {@code .local} mDNS host names and unknown extension
 * attributes in their original order, so {@code parse(s).toSdpValue()} gives back {@code s}
 * (modulo the optional {@code candidate:} prefix and letter case of the transport).
 *
 * <pre>{@code
 * IceCandidate c = IceCandidate.parse(
 *     "candidate:842163049 1 udp 1677729535 203.0.113.7 46154 typ srflx raddr 10.0.1.1 rport 46154 generation 0");
 * c.type();             // SRFLX
 * c.relatedAddress();   // Optional[10.0.1.1]
 * c.generation();       // Optional[0]
 * }</pre>
 */
public record IceCandidate(
        String foundation,
        int component,
        String transport,
        long priority,
        String address,
        int port,
        Type type,
        String relatedAddress,
        int relatedPort,
        List<Extension> extensions) {

    /** Longest candidate string accepted; Chrome's are under 200 characters. */
    public static final int MAX_LENGTH = 1024;
    /** Most extension attributes accepted on one candidate. */
    public static final int MAX_EXTENSIONS = 16;

    /** Candidate types of RFC 8445 §5.1.1. */
    public enum Type {
        HOST("host"), SRFLX("srflx"), PRFLX("prflx"), RELAY("relay");

        private final String sdpName;

        Type(String sdpName) {
            this.sdpName = sdpName;
        }

        public String sdpName() {
            return sdpName;
        }

        static Type fromSdp(String s) {
            for (Type t : values()) {
                if (t.sdpName.equalsIgnoreCase(s)) {
                    return t;
                }
            }
            throw new InvalidCandidateException("typ", "unknown candidate type '" + s + "'");
        }
    }

    /** An extension attribute after the mandatory fields, such as {@code generation 0} or {@code tcptype passive}. */
    public record Extension(String name, String value) {
        public Extension {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    public IceCandidate {
        Objects.requireNonNull(foundation, "foundation");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(type, "type");
        extensions = List.copyOf(extensions);
        if (relatedAddress == null && relatedPort >= 0) {
            throw new InvalidCandidateException("rport", "rport without raddr");
        }
    }

    /** A candidate without related address or extensions. */
    public static IceCandidate of(String foundation, int component, String transport, long priority,
                                  String address, int port, Type type) {
        return new IceCandidate(foundation, component, transport, priority, address, port, type, null, -1, List.of());
    }

    /**
     * Parses a candidate attribute value, with or without the {@code candidate:} prefix and with or
     * without a leading {@code a=}.
     *
     * @throws InvalidCandidateException naming the field that broke the grammar
     */
    public static IceCandidate parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_LENGTH) {
            throw new InvalidCandidateException("candidate", "longer than " + MAX_LENGTH + " characters");
        }
        String s = text.strip();
        if (s.startsWith("a=")) {
            s = s.substring(2);
        }
        if (s.regionMatches(true, 0, "candidate:", 0, 10)) {
            s = s.substring(10);
        }
        String[] f = s.split(" ", -1);
        if (f.length < 8) {
            throw new InvalidCandidateException("candidate",
                    "expected '<foundation> <component> <transport> <priority> <address> <port> typ <type>', got "
                            + f.length + " fields");
        }
        String foundation = f[0];
        if (foundation.isEmpty() || foundation.length() > 32 || !foundation.chars().allMatch(IceCandidate::isIceChar)) {
            throw new InvalidCandidateException("foundation", "'" + foundation + "' is not 1..32 ice-chars");
        }
        int component = (int) number(f[1], "component-id", 1, 256);
        String transport = f[2];
        if (transport.isEmpty() || !transport.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-')) {
            throw new InvalidCandidateException("transport", "'" + transport + "' is not a transport token");
        }
        long priority = number(f[3], "priority", 1, 0xFFFF_FFFFL);
        String address = f[4];
        if (address.isEmpty() || address.length() > 255) {
            throw new InvalidCandidateException("connection-address", "empty or longer than 255 characters");
        }
        int port = (int) number(f[5], "port", 0, 65535);
        if (!"typ".equals(f[6])) {
            throw new InvalidCandidateException("typ", "expected 'typ', got '" + f[6] + "'");
        }
        Type type = Type.fromSdp(f[7]);
        String relatedAddress = null;
        int relatedPort = -1;
        int i = 8;
        if (i + 1 < f.length && "raddr".equals(f[i])) {
            relatedAddress = f[i + 1];
            if (relatedAddress.isEmpty()) {
                throw new InvalidCandidateException("raddr", "empty address");
            }
            i += 2;
        }
        if (i + 1 < f.length && "rport".equals(f[i])) {
            if (relatedAddress == null) {
                throw new InvalidCandidateException("rport", "rport without raddr");
            }
            relatedPort = (int) number(f[i + 1], "rport", 0, 65535);
            i += 2;
        }
        if ((f.length - i) % 2 != 0) {
            throw new InvalidCandidateException("extension-att-name",
                    "'" + f[f.length - 1] + "' has no value");
        }
        List<Extension> extensions = new ArrayList<>();
        for (; i < f.length; i += 2) {
            if (f[i].isEmpty() || f[i + 1].isEmpty()) {
                throw new InvalidCandidateException("extension-att-name", "empty name or value (double space?)");
            }
            if (extensions.size() == MAX_EXTENSIONS) {
                throw new InvalidCandidateException("extension-att-name", "more than " + MAX_EXTENSIONS + " extensions");
            }
            extensions.add(new Extension(f[i], f[i + 1]));
        }
        return new IceCandidate(foundation, component, transport, priority, address, port, type,
                relatedAddress, relatedPort, extensions);
    }

    /** The attribute value, {@code candidate:...}, without {@code a=}. */
    public String toSdpValue() {
        StringBuilder b = new StringBuilder(160)
                .append("candidate:").append(foundation)
                .append(' ').append(component)
                .append(' ').append(transport)
                .append(' ').append(priority)
                .append(' ').append(address)
                .append(' ').append(port)
                .append(" typ ").append(type.sdpName());
        if (relatedAddress != null) {
            b.append(" raddr ").append(relatedAddress);
            if (relatedPort >= 0) {
                b.append(" rport ").append(relatedPort);
            }
        }
        for (Extension e : extensions) {
            b.append(' ').append(e.name()).append(' ').append(e.value());
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return toSdpValue();
    }

    public boolean isUdp() {
        return "udp".equalsIgnoreCase(transport);
    }

    /** True for an mDNS host name (RFC 8828 / draft-ietf-mmusic-mdns-ice-candidates), resolved later or learned as prflx. */
    public boolean isMdns() {
        return address.toLowerCase(Locale.ROOT).endsWith(".local");
    }

    public Optional<String> relatedAddressValue() {
        return Optional.ofNullable(relatedAddress);
    }

    /** The value of the first extension with this name. */
    public Optional<String> extension(String name) {
        for (Extension e : extensions) {
            if (e.name().equals(name)) {
                return Optional.of(e.value());
            }
        }
        return Optional.empty();
    }

    /** {@code tcptype} of a TCP candidate (RFC 6544): active, passive or so. */
    public Optional<String> tcpType() {
        return extension("tcptype");
    }

    public Optional<Integer> generation() {
        return extension("generation").flatMap(IceCandidate::parseIntOrEmpty);
    }

    public Optional<String> ufrag() {
        return extension("ufrag");
    }

    private static Optional<Integer> parseIntOrEmpty(String s) {
        try {
            return Optional.of(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static long number(String s, String field, long min, long max) {
        if (s.isEmpty() || s.length() > 10 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidCandidateException(field, "'" + s + "' is not a number");
        }
        long v = Long.parseLong(s);
        if (v < min || v > max) {
            throw new InvalidCandidateException(field, "'" + s + "' is not in " + min + ".." + max);
        }
        return v;
    }

    private static boolean isIceChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    }
}
