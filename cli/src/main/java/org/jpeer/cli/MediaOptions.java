package org.jpeer.cli;

import picocli.CommandLine.Option;

/** Which test media a command sends. */
final class MediaOptions {

    /** Video codecs the test media can be sent in today. */
    enum Codec { vp8 }

    @Option(names = "--no-audio", description = "Send no audio.")
    private boolean noAudio;

    @Option(names = "--no-video", description = "Send no video.")
    private boolean noVideo;

    @Option(names = "--codec", paramLabel = "CODEC", defaultValue = "vp8",
            description = "Video codec: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    private Codec codec;

    boolean audio() {
        return !noAudio;
    }

    boolean video() {
        return !noVideo;
    }

    Codec codec() {
        return codec;
    }
}
