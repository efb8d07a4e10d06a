package org.jpeer.dtls.internal;

import java.util.concurrent.atomic.LongAdder;

/** Per-session packet counters, updated from the send and receive threads without locks. */
public final class SrtpCounters {
    public final LongAdder rtpProtected = new LongAdder();
    public final LongAdder rtcpProtected = new LongAdder();
    public final LongAdder rtpUnprotected = new LongAdder();
    public final LongAdder rtcpUnprotected = new LongAdder();
    public final LongAdder authFailures = new LongAdder();
    public final LongAdder replayDrops = new LongAdder();
    public final LongAdder invalidDrops = new LongAdder();
    public final LongAdder ssrcLimitDrops = new LongAdder();
    public final LongAdder protectRefusals = new LongAdder();
}
