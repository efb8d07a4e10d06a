package org.jpeer.jsep;

import java.util.List;

/**
 * What {@code ontrack} carries: a new remote track, the receiver it comes from, its transceiver and
 * the ids of the remote MediaStreams it belongs to ({@code a=msid}).
 */
public record RTCTrackEvent(RTCRtpReceiver receiver, MediaStreamTrack track, List<String> streamIds,
                            RTCRtpTransceiver transceiver) {

    public RTCTrackEvent {
        streamIds = List.copyOf(streamIds);
    }
}
