package org.jpeer.cli;

import java.util.ArrayList;
import java.util.List;
import org.jpeer.jsep.RTCIceCandidate;
import org.jpeer.jsep.RTCSessionDescription;
import org.jpeer.signaling.RoomClient;
import org.jpeer.signaling.SignalMessage;

/**
 * The outgoing half of trickle signaling over a room: candidates gathered before the description
 * went out wait for it, because the other side can only add a candidate once it has the description.
 */
final class RoomSignals {
    private final RoomClient room;
    private final List<RTCIceCandidate> pending = new ArrayList<>();
    private boolean descriptionSent;

    RoomSignals(RoomClient room) {
        this.room = room;
    }

    synchronized void sendCandidate(RTCIceCandidate candidate) {
        if (descriptionSent) {
            room.send(CandidateMessages.toMessage(candidate));
        } else {
            pending.add(candidate);
        }
    }

    synchronized void sendDescription(RTCSessionDescription description) {
        room.send(switch (description.type()) {
            case OFFER -> new SignalMessage.Offer(description.sdp());
            case ANSWER -> new SignalMessage.Answer(description.sdp());
            default -> throw new IllegalArgumentException("description: cannot signal a " + description.type());
        });
        descriptionSent = true;
        pending.forEach(c -> room.send(CandidateMessages.toMessage(c)));
        pending.clear();
    }
}
