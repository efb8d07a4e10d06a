package org.jpeer.signaling.internal;

import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jpeer.signaling.Session;
import org.jpeer.signaling.SessionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The live sessions of one server, by id; an entry lives from the answer until DELETE, end or close. */
public final class SessionRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(SessionRegistry.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** 128 random bits: a session URL is its own capability, so it must not be guessable. */
    private static final int ID_BYTES = 16;

    private final Map<String, Entry> sessions = new ConcurrentHashMap<>();

    /** A live session and what its URL needs. */
    public record Entry(String endpointPath, Session session, String etag) {
    }

    /** Opens a ticket for an offer about to be handed to a handler. */
    public Ticket open(String endpointPath, InetSocketAddress remote) {
        return new Ticket(endpointPath, newId(), remote);
    }

    /**
     * Keeps an answered session. Returns false, keeping nothing, when the handler already reported the
     * session ended; the order of the put and the check makes a concurrent {@code ended} safe too.
     */
    public boolean register(Ticket ticket, Session session, String etag) {
        sessions.put(ticket.id, new Entry(ticket.endpointPath, session, etag));
        if (ticket.ended.get()) {
            sessions.remove(ticket.id);
            return false;
        }
        return true;
    }

    /** The session {@code id} under {@code endpointPath}, or null. */
    public Entry find(String endpointPath, String id) {
        Entry entry = sessions.get(id);
        return entry != null && entry.endpointPath.equals(endpointPath) ? entry : null;
    }

    /** Forgets a session; false when another request removed it first. */
    public boolean remove(String id, Entry entry) {
        return sessions.remove(id, entry);
    }

    public int size() {
        return sessions.size();
    }

    /** Closes every session, for server shutdown. */
    public void closeAll() {
        for (String id : sessions.keySet()) {
            Entry entry = sessions.remove(id);
            if (entry != null) {
                closeQuietly(entry.session, id);
            }
        }
    }

    /** Closes a session; an application exception is logged, never passed to the event loop. */
    public static void closeQuietly(Session session, String id) {
        try {
            session.close();
        } catch (RuntimeException e) {
            LOG.warn("session {}: close failed", id, e);
        }
    }

    /** A fresh entity tag for a session's ICE state (RFC 9725 §4.3.1), already quoted. */
    public static String newEtag() {
        return '"' + newId() + '"';
    }

    private static String newId() {
        byte[] bytes = new byte[ID_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The {@link SessionContext} of one offer. */
    public final class Ticket implements SessionContext {
        private final String endpointPath;
        private final String id;
        private final InetSocketAddress remote;
        private final AtomicBoolean ended = new AtomicBoolean();

        private Ticket(String endpointPath, String id, InetSocketAddress remote) {
            this.endpointPath = endpointPath;
            this.id = id;
            this.remote = remote;
        }

        @Override
        public String sessionId() {
            return id;
        }

        @Override
        public InetSocketAddress remoteAddress() {
            return remote;
        }

        @Override
        public void ended(String reason) {
            if (ended.compareAndSet(false, true)) {
                LOG.debug("session {} at {} ended: {}", id, endpointPath, reason);
                sessions.remove(id);
            }
        }
    }
}
