package org.jpeer.jsep.negotiation;

import static org.jpeer.jsep.negotiation.H264ProfileLevelId.Profile.BASELINE;
import static org.jpeer.jsep.negotiation.H264ProfileLevelId.Profile.CONSTRAINED_BASELINE;
import static org.jpeer.jsep.negotiation.H264ProfileLevelId.Profile.CONSTRAINED_HIGH;
import static org.jpeer.jsep.negotiation.H264ProfileLevelId.Profile.HIGH;
import static org.jpeer.jsep.negotiation.H264ProfileLevelId.Profile.MAIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class H264ProfileLevelIdTest {

    private static H264ProfileLevelId parse(String s) {
        return H264ProfileLevelId.parse(s).orElseThrow();
    }

    @Test
    void profilesFromTheBytesWebrtcUses() {
        assertEquals(CONSTRAINED_BASELINE, parse("42e01f").profile());
        assertEquals(CONSTRAINED_BASELINE, parse("42c01f").profile());
        assertEquals(CONSTRAINED_BASELINE, parse("4de01f").profile());
        assertEquals(BASELINE, parse("42001f").profile());
        assertEquals(MAIN, parse("4d001f").profile());
        assertEquals(HIGH, parse("64001f").profile());
        assertEquals(CONSTRAINED_HIGH, parse("640c1f").profile());
        assertEquals(31, parse("42e01f").level());
        assertEquals(H264ProfileLevelId.LEVEL_1B, parse("42f00b").level());
    }

    @Test
    void malformedIsEmpty() {
        assertTrue(H264ProfileLevelId.parse("42e01").isEmpty());
        assertTrue(H264ProfileLevelId.parse("zze01f").isEmpty());
        assertTrue(H264ProfileLevelId.parse("ff001f").isEmpty());
    }

    @Test
    void levelOrderPutsOneBBetweenOneAndOnePointOne() {
        assertTrue(H264ProfileLevelId.lowerLevel(10, H264ProfileLevelId.LEVEL_1B));
        assertTrue(H264ProfileLevelId.lowerLevel(H264ProfileLevelId.LEVEL_1B, 11));
        assertEquals("42e00b", parse("42e01f").withLevel(11));
        assertEquals("42e01f", parse("42f00b").withLevel(31), "leaving 1b clears constraint_set3");
    }
}
