package org.jpeer.jsep.negotiation;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of media JPeer negotiates: the {@code <media>} of an m-line that it can carry.
 * Other kinds ({@code application} for data channels, {@code text}) are rejected in answers.
 *
 * <pre>{@code
 * MediaKind.fromSdp("video");         // Optional[VIDEO]
 * MediaKind.fromSdp("application");   // Optional.empty()
 * }</pre>
 */
public enum MediaKind {
    AUDIO, VIDEO;

    /** The m-line token, {@code "audio"} or {@code "video"}. */
    public String sdpName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind for an m-line's media token, empty when JPeer does not carry that kind. */
    public static Optional<MediaKind> fromSdp(String media) {
        for (MediaKind k : values()) {
            if (k.sdpName().equals(media)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
