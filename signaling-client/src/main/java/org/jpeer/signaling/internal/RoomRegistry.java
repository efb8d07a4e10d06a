package org.jpeer.signaling.internal;

import io.netty.channel.Channel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jpeer.signaling.SignalMessage;

/**
 * The WebSocket rooms of one server: two members each, messages relayed verbatim to the other. One lock
 * guards all rooms: joins, leaves and relays are tiny and rare next to media, and a single lock keeps
 * "leave empties the room" and "join adds to it" from racing. Writes happen under it, which is fine
 * (Netty writes never block) and keeps each member's incoming order the order relays were made.
 */
public final class RoomRegistry {
    /** A member alone may send a few messages (its offer and candidates) before the other joins. */
    private static final int MAX_PENDING_MESSAGES = 64;
    private static final int MAX_PENDING_CHARS = 256 * 1024;
    private static final String BYE = new SignalMessage.Bye().toJson();

    private final Map<String, Room> rooms = new HashMap<>();

    /** The outcome of a relay. */
    public enum Relay { DELIVERED, QUEUED, QUEUE_FULL }

    /** Adds a member; null when the room already holds two. Messages queued for it are delivered now. */
    public synchronized Member join(String name, Channel channel) {
        Room room = rooms.computeIfAbsent(name, Room::new);
        if (room.members.size() == 2) {
            return null;
        }
        Member member = new Member(room, channel);
        room.members.add(member);
        while (!room.pending.isEmpty()) {
            write(member, room.pending.poll());
        }
        room.pendingChars = 0;
        return member;
    }

    /**
     * Sends a message to the other member, or queues it (bounded) while the sender is alone. A
     * {@code bye} is remembered, so leaving afterwards does not send a second one.
     */
    public synchronized Relay relay(Member from, String text, boolean isBye) {
        Room room = from.room;
        from.saidBye |= isBye;
        Member other = room.other(from);
        if (other != null) {
            write(other, text);
            return Relay.DELIVERED;
        }
        if (room.pending.size() >= MAX_PENDING_MESSAGES || room.pendingChars + text.length() > MAX_PENDING_CHARS) {
            return Relay.QUEUE_FULL;
        }
        room.pending.add(text);
        room.pendingChars += text.length();
        return Relay.QUEUED;
    }

    /** Removes a member; the other gets {@code bye}; an empty room is forgotten. Idempotent. */
    public synchronized void leave(Member member) {
        Room room = member.room;
        if (!room.members.remove(member)) {
            return;
        }
        Member other = room.other(member);
        if (other != null && !member.saidBye) {
            write(other, BYE);
        }
        if (room.members.isEmpty()) {
            rooms.remove(room.name);
        }
    }

    public synchronized int roomCount() {
        return rooms.size();
    }

    private static void write(Member to, String text) {
        to.channel.writeAndFlush(new TextWebSocketFrame(text));
    }

    /** One WebSocket connection in a room. */
    public static final class Member {
        private final Room room;
        private final Channel channel;
        private boolean saidBye;

        private Member(Room room, Channel channel) {
            this.room = room;
            this.channel = channel;
        }

        public String roomName() {
            return room.name;
        }
    }

    private static final class Room {
        private final String name;
        private final List<Member> members = new ArrayList<>(2);
        private final ArrayDeque<String> pending = new ArrayDeque<>();
        private int pendingChars;

        Room(String name) {
            this.name = name;
        }

        Member other(Member member) {
            for (Member m : members) {
                if (m != member) {
                    return m;
                }
            }
            return null;
        }
    }
}
