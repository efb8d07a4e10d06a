package org.jpeer.interop;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A headless Debian Chromium driven through Selenium, for interop tests.
 *
 * <p>The browser and its driver are named explicitly ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}) so Selenium Manager never runs: it would try to download a driver,
 * which cannot work here. Each instance gets a fresh profile directory, deleted on {@link #close()}.
 *
 * <p>Chromium gathers ICE candidates on every interface, so it may only start inside a private
 * network namespace whose only interface is {@code lo} (DESIGN.md, "Network rule"); scripts/test
 * makes one. Outside it, and when Chromium is not installed, the test is skipped — unless
 * {@code CI=true}, where either is a failure, since CI must never silently skip the interop proof.
 */
public final class Chromium implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Chromium.class);

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /** Long enough for any single page helper; tests pass their own shorter deadlines to peer.js. */
    private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(30);

    private static final List<String> FLAGS = List.of(
            "--headless=new",
            "--no-sandbox", // required as root, and harmless inside the namespace otherwise
            "--disable-gpu",
            "--disable-dev-shm-usage", // a CI container's /dev/shm may be 64 MB; Chromium crashes on it
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--autoplay-policy=no-user-gesture-required", // received audio must play to be counted
            "--use-fake-device-for-media-stream", // getUserMedia gets a test pattern and a beep
            "--use-fake-ui-for-media-stream", // grants the permission; without it no host candidate
            "--allow-loopback-in-peer-connection", // lets ICE gather 127.0.0.1, our only address
            // Stops lookups of Google's update and metrics hosts; only local names resolve.
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
            // Only the last --disable-features switch counts: keep every feature in this one.
            // Plain host candidates instead of mDNS .local names, which nothing resolves on a lone lo.
            "--disable-features=WebRtcHideLocalIpsWithMdns");

    private final Path profile;
    private final ChromeDriver driver;

    private Chromium(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** Starts a headless Chromium with a fresh profile, or skips the calling test (see class doc). */
    public static Chromium start() {
        requireUsable();
        Path profile = createProfileDir();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(new File("target/chromedriver.log"))
                .build();
        long started = System.nanoTime();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(SCRIPT_TIMEOUT);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(10));
            log.info("Chromium {} started in {} ms", driver.getCapabilities().getBrowserVersion(),
                    (System.nanoTime() - started) / 1_000_000);
            return new Chromium(profile, driver);
        } catch (RuntimeException e) {
            service.stop();
            deleteRecursively(profile);
            throw e;
        }
    }

    /** Loads a page; returns once its load event fired (its scripts have run). */
    public void open(URI page) {
        driver.get(page.toString());
    }

    /**
     * Runs {@code script} as an async script: its last argument is the callback that ends it.
     * Fails after 30 s at most.
     */
    public Object executeAsync(String script, Object... args) {
        return driver.executeAsyncScript(script, args);
    }

    /** Quits the browser and its driver, and deletes the profile. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteRecursively(profile);
        }
    }

    private static void requireUsable() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        String problem = null;
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            problem = "Chromium tests need " + BROWSER + " and " + DRIVER
                    + " (Debian packages chromium and chromium-driver; scripts/test installs them)";
        } else if (!onlyLoopbackIsUp()) {
            problem = "Chromium tests run only in a private network namespace where only lo is up"
                    + " (run ./jpeer test, or by hand: unshare --net -- sh -c"
                    + " 'ip link set lo up && mvn -o -pl interop test')";
        }
        if (problem != null) {
            if (ci) {
                Assertions.fail(problem + " — under CI this is a failure, not a skip");
            }
            // Surefire counts a class aborted in @BeforeAll as neither run nor skipped: say why here.
            log.warn("skipping: {}", problem);
            Assumptions.abort(problem);
        }
    }

    private static boolean onlyLoopbackIsUp() {
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (nic.isUp() && !nic.isLoopback()) {
                    return false;
                }
            }
            return true;
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createProfileDir() {
        try {
            return Files.createTempDirectory("jpeer-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("could not delete Chromium profile {}: {}", dir, e.toString());
        }
    }
}
