package org.jpeer.ice.internal;

import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Forwards ice4j's and jitsi-utils' java.util.logging records to SLF4J with ICE credentials removed.
 *
 * <p>It is attached to the {@code org.ice4j}, {@code org.jitsi} and {@code JitsiConfig} JUL loggers only (never the
 * root logger, which belongs to the application), and those loggers stop passing records to their
 * parents, so no unredacted copy reaches a console handler. Their level is set to WARNING unless the
 * application configured one: ice4j logs every check at INFO.
 */
final class RedactingJulBridge extends SLF4JBridgeHandler {
    // "JitsiConfig" is the top-level logger jicoco-config uses when it loads or reloads configuration.
    static final String[] LOGGER_NAMES = {"org.ice4j", "org.jitsi", "JitsiConfig"};

    /** Strong references: JUL keeps loggers weakly, and a collected logger loses its configuration. */
    private static final Logger[] CONFIGURED = new Logger[LOGGER_NAMES.length];

    private final Formatter formatter = new SimpleFormatter();

    private RedactingJulBridge() {
    }

    static synchronized void attach() {
        if (CONFIGURED[0] != null) {
            return;
        }
        RedactingJulBridge bridge = new RedactingJulBridge();
        for (int i = 0; i < LOGGER_NAMES.length; i++) {
            Logger logger = Logger.getLogger(LOGGER_NAMES[i]);
            if (logger.getLevel() == null) {
                logger.setLevel(Level.WARNING);
            }
            logger.setUseParentHandlers(false);
            logger.addHandler(bridge);
            CONFIGURED[i] = logger;
        }
    }

    @Override
    public void publish(LogRecord record) {
        if (record == null) {
            return;
        }
        String text = record.getMessage() == null ? "" : formatter.formatMessage(record);
        LogRecord clean = new LogRecord(record.getLevel(), Secrets.redact(text));
        clean.setLoggerName(record.getLoggerName());
        clean.setThrown(record.getThrown());
        clean.setInstant(record.getInstant());
        clean.setSourceClassName(record.getSourceClassName());
        clean.setSourceMethodName(record.getSourceMethodName());
        super.publish(clean);
    }
}
