package org.jpeer.interop;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

/**
 * Base of the Chromium tests: one test page server and one headless Chromium per test class,
 * started before the first test and closed after the last (Chromium takes a second or two to
 * start). Tagged {@code chromium}.
 *
 * <pre>{@code
 * class MyInteropTest extends ChromiumTest {
 *     @Test void works() {
 *         chromium.open(pages.uri("/"));
 *         ChromePeer page = ChromePeer.create(chromium, "page");
 *     }
 * }
 * }</pre>
 */
@Tag("chromium")
abstract class ChromiumTest {
    protected static TestPageServer pages;
    protected static Chromium chromium;

    @BeforeAll
    static void startChromium() {
        pages = TestPageServer.start();
        chromium = Chromium.start();
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
        pages.close();
    }
}
