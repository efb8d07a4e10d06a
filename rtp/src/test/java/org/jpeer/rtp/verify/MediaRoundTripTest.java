package org.jpeer.rtp.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.jpeer.rtp.media.FrameNumberCode;
import org.jpeer.rtp.media.OpusToneSource;
import org.jpeer.rtp.media.TestPattern;
import org.jpeer.rtp.media.Vp8PatternSource;
import org.jpeer.rtp.media.Yuv420Image;
import org.jpeer.rtp.payload.EncodedFrame;
import org.junit.jupiter.api.Test;

class MediaRoundTripTest {

    @Test
    void toneVerifierFindsThePitchOfTheToneSource() {
        for (double hz : new double[] {440, 1000, 2500}) {
            OpusToneSource source = new OpusToneSource(hz);
            ToneVerifier verifier = new ToneVerifier();
            for (int i = 0; i < 50; i++) { // one second
                verifier.accept(source.next());
            }
            assertTrue(verifier.verified(hz, 3), verifier + " for " + hz);
            assertTrue(verifier.decodedAudio());
            assertFalse(verifier.verified(hz + 50, 3));
        }
    }

    @Test
    void toneVerifierCountsGarbageWithoutThrowing() {
        ToneVerifier v = new ToneVerifier();
        v.accept(new byte[] {(byte) 0xff, (byte) 0xff, 1, 2, 3});
        v.accept(new byte[0]);
        assertFalse(v.pitchHz().isPresent());
        assertEquals(0, v.framesDecoded() - v.framesDecoded());
    }

    @Test
    void frameNumbersSurviveDrawingAndReading() {
        Yuv420Image img = Yuv420Image.blank(320, 240);
        for (int n : new int[] {0, 1, 0x5A5A, 65535}) {
            TestPattern.draw(img, n);
            assertEquals(OptionalInt.of(n), FrameNumberCode.read(img));
        }
        assertTrue(FrameNumberCode.read(Yuv420Image.blank(320, 240)).isEmpty());
    }

    @Test
    void vp8VerifierReadsBackTheFrameNumbersOfThePatternSource() {
        Vp8PatternSource source = new Vp8PatternSource(320, 240, 30);
        Vp8FrameVerifier verifier = new Vp8FrameVerifier();
        for (int i = 0; i < 10; i++) {
            EncodedFrame f = source.next();
            assertTrue(f.keyframe());
            verifier.accept(f);
        }
        assertTrue(verifier.verified(10), verifier.toString());
        assertEquals(9, verifier.lastFrameNumber());
        assertEquals(320, verifier.width());
        assertEquals(240, verifier.height());
    }

    @Test
    void vp8VerifierCountsSkippedAndReorderedFrames() {
        Vp8PatternSource source = new Vp8PatternSource(320, 240, 30);
        EncodedFrame a = source.next();
        source.next();
        EncodedFrame c = source.next();
        Vp8FrameVerifier verifier = new Vp8FrameVerifier();
        verifier.accept(c);
        verifier.accept(a);
        verifier.accept(new byte[] {0x10, 0, 0, 1});
        assertEquals(1, verifier.outOfOrder());
        assertEquals(1, verifier.corrupt());
        assertFalse(verifier.verified(2));
    }
}
