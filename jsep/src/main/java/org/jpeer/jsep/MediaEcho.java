package org.jpeer.jsep;

/**
 * Sends every track a connection receives back to its sender, frame by frame: the echo a media
 * echo bot serves. Keyframe requests from the far end's receiver are relayed upstream as PLI, so
 * a lost frame heals with the sender's next keyframe.
 *
 * <pre>{@code
 * RTCPeerConnection pc = new RTCPeerConnection(config);
 * MediaEcho.install(pc);                 // before setRemoteDescription(offer)
 * pc.setRemoteDescription(offer).join();
 * pc.setLocalDescription(pc.createAnswer().join()).join();
 * }</pre>
 */
public final class MediaEcho {

    private MediaEcho() {
    }

    /** Replaces the connection's {@code ontrack} listener with the echo. */
    public static void install(RTCPeerConnection pc) {
        pc.onTrack(event -> {
            MediaStreamTrack remote = event.track();
            MediaStreamTrack echo = MediaStreamTrack.create(remote.kind());
            remote.onFrame(echo::writeFrame);
            echo.onKeyframeRequest(remote::requestKeyframe);
            pc.addTrack(echo);
        });
    }
}
