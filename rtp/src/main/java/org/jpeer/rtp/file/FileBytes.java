package org.jpeer.rtp.file;

import java.io.IOException;
import java.io.InputStream;

/** Reading exact byte counts, where a short read means a truncated file. */
final class FileBytes {

    private FileBytes() {
    }

    static byte[] readFully(InputStream in, int n, String what) throws IOException {
        byte[] b = in.readNBytes(n);
        if (b.length < n) {
            throw new InvalidMediaFileException(what + ": truncated to " + b.length + " of " + n + " bytes");
        }
        return b;
    }
}
