package org.jpeer.ice.internal;

import org.ice4j.ice.IceProcessingState;
import org.jpeer.ice.IceConnectionState;

/**
 * Derives the W3C {@link IceConnectionState} from ice4j's processing state, the remote
 * end-of-candidates, consent freshness and close. Holds no thread and no clock; the agent feeds it
 * and emits what {@link #state()} returns when it changes. {@code failed} is final until close.
 */
final class ConnectionStateMachine {
    private IceProcessingState ice4j = IceProcessingState.WAITING;
    private boolean endOfRemoteCandidates;
    private ConsentMonitor.Status consent = ConsentMonitor.Status.FRESH;
    private boolean closed;
    private boolean established;
    private IceConnectionState state = IceConnectionState.NEW;

    synchronized IceConnectionState onIce4jState(IceProcessingState s) {
        ice4j = s;
        established |= s == IceProcessingState.COMPLETED;
        return update();
    }

    synchronized IceConnectionState onEndOfRemoteCandidates() {
        endOfRemoteCandidates = true;
        return update();
    }

    synchronized IceConnectionState onConsent(ConsentMonitor.Status s) {
        consent = s;
        return update();
    }

    synchronized IceConnectionState onClose() {
        closed = true;
        return update();
    }

    synchronized IceConnectionState state() {
        return state;
    }

    private IceConnectionState update() {
        if (closed) {
            state = IceConnectionState.CLOSED;
        } else if (state != IceConnectionState.FAILED) {
            state = derive();
        }
        return state;
    }

    private IceConnectionState derive() {
        if (ice4j == IceProcessingState.FAILED || consent == ConsentMonitor.Status.EXPIRED) {
            return IceConnectionState.FAILED;
        }
        return switch (ice4j) {
            case WAITING -> IceConnectionState.NEW;
            case RUNNING -> IceConnectionState.CHECKING;
            case TERMINATED -> established ? connectedOrCompleted() : IceConnectionState.FAILED;
            case COMPLETED -> connectedOrCompleted();
            case FAILED -> IceConnectionState.FAILED;
        };
    }

    private IceConnectionState connectedOrCompleted() {
        if (consent == ConsentMonitor.Status.STALE) {
            return IceConnectionState.DISCONNECTED;
        }
        return ice4j == IceProcessingState.TERMINATED && endOfRemoteCandidates
                ? IceConnectionState.COMPLETED : IceConnectionState.CONNECTED;
    }
}
