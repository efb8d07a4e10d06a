package org.jpeer.cli;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --http HOST:PORT} (an IPv4 address and a port; port 0 picks a free one). */
final class HostPort implements ITypeConverter<InetSocketAddress> {

    @Override
    public InetSocketAddress convert(String value) {
        int colon = value.lastIndexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw new TypeConversionException("'" + value + "' is not HOST:PORT, e.g. 127.0.0.1:8080");
        }
        int port;
        try {
            port = Integer.parseInt(value.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "': port is not a number");
        }
        if (port < 0 || port > 65535) {
            throw new TypeConversionException("'" + value + "': port must be 0..65535");
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(value.substring(0, colon)), port);
        } catch (UnknownHostException e) {
            throw new TypeConversionException("'" + value + "': unknown host");
        }
    }
}
