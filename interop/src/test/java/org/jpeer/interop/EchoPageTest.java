package org.jpeer.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The page {@code jpeer echo} serves at {@code /}, in Chromium: Start is clicked, the page sends its
 * (fake) camera and microphone over WHIP, and the echoed video plays beside the local one.
 */
@Tag("chromium")
@Timeout(90)
class EchoPageTest {
    /** Clicks Start, then resolves once the echo video has a size and its time advances. */
    private static final String START_AND_AWAIT_ECHO = """
            const done = arguments[arguments.length - 1];
            const started = performance.now();
            document.getElementById('start').click();
            const echo = document.getElementById('echo');
            let firstTime = null;
            const poll = setInterval(() => {
              const status = document.getElementById('status').textContent;
              if (status.startsWith('failed')) { clearInterval(poll); done({error: status}); return; }
              if (echo.videoWidth > 0 && firstTime === null) firstTime = echo.currentTime;
              if (firstTime !== null && echo.currentTime > firstTime + 1) {
                clearInterval(poll);
                done({width: echo.videoWidth, height: echo.videoHeight, currentTime: echo.currentTime,
                      millis: performance.now() - started, status});
              }
              if (performance.now() - started > 25000) {
                clearInterval(poll);
                done({error: 'echo did not play: videoWidth ' + echo.videoWidth + ', currentTime '
                      + echo.currentTime + ', status ' + status});
              }
            }, 100);
            """;

    @Test
    void startPlaysTheEchoedVideo() throws Exception {
        try (JPeerServer echo = JPeerServer.start("echo");
             Chromium chromium = Chromium.start()) {
            chromium.open(URI.create(echo.baseUrl() + "/"));
            @SuppressWarnings("unchecked")
            Map<String, Object> played = (Map<String, Object>) chromium.executeAsync(START_AND_AWAIT_ECHO);
            assertEquals(null, played.get("error"), String.valueOf(played));
            assertTrue(((Number) played.get("width")).intValue() > 0, String.valueOf(played));
            assertEquals("connected", played.get("status"));

            Thread.sleep(2000); // a few stats samples for the charts in the screenshot
            String png = (String) chromium.executeAsync("arguments[0](window.echoSnapshot());");
            Files.createDirectories(Figures.DIRECTORY);
            Files.write(Figures.DIRECTORY.resolve("echo-page.png"),
                    Base64.getDecoder().decode(png.substring(png.indexOf(',') + 1)));
            Figures.record("echo-page.txt", "echo page: Start -> echoed video playing %.0f ms (%sx%s)",
                    ((Number) played.get("millis")).doubleValue(), played.get("width"), played.get("height"));
        }
    }
}
