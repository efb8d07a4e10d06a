package org.jpeer.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jpeer.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Chromium page and {@code jpeer call} meet in a WebSocket room of {@code jpeer echo} (trickle ICE,
 * the page's {@code toJSON()} shapes), in both offer roles; each side decodes the other's media.
 */
@Tag("chromium")
@Timeout(120)
class ChromiumCallTest {
    private static final Pattern FRAMES = Pattern.compile("(\\d+) frames (\\d+)x(\\d+)");

    /** The page's side of a room call: resolves once it decoded video and played audio from the other side. */
    private static final String PAGE_CALL = """
            const [wsUrl, offer, done] = arguments;
            (async () => {
              const ws = new WebSocket(wsUrl);
              await new Promise((resolve, reject) => { ws.onopen = resolve; ws.onerror = reject; });
              const send = m => ws.send(JSON.stringify(m));
              const pc = new RTCPeerConnection();
              const stream = await navigator.mediaDevices.getUserMedia({audio: true, video: true});
              stream.getTracks().forEach(t => pc.addTrack(t, stream));
              // Received audio is only decoded (totalSamplesReceived) when something plays it.
              pc.ontrack = e => {
                const element = document.createElement(e.track.kind);
                element.autoplay = true;
                element.srcObject = new MediaStream([e.track]);
                document.body.appendChild(element);
              };
              pc.onicecandidate = e => send({type: 'candidate', candidate: e.candidate ? e.candidate.candidate : '',
                  sdpMid: e.candidate ? e.candidate.sdpMid : '0', sdpMLineIndex: e.candidate ? e.candidate.sdpMLineIndex : 0});
              let queue = Promise.resolve();
              ws.onmessage = m => { queue = queue.then(() => handle(JSON.parse(m.data))); };
              async function handle(msg) {
                if (msg.type === 'offer') {
                  await pc.setRemoteDescription(msg);
                  await pc.setLocalDescription(await pc.createAnswer());
                  send({type: 'answer', sdp: pc.localDescription.sdp});
                } else if (msg.type === 'answer') {
                  await pc.setRemoteDescription(msg);
                } else if (msg.type === 'candidate' && msg.candidate) {
                  await pc.addIceCandidate(msg);
                }
              }
              if (offer) {
                await pc.setLocalDescription(await pc.createOffer());
                send({type: 'offer', sdp: pc.localDescription.sdp});
              }
              const started = performance.now();
              while (performance.now() - started < 25000) {
                await new Promise(r => setTimeout(r, 200));
                let frames = 0, samples = 0;
                (await pc.getStats()).forEach(s => {
                  if (s.type === 'inbound-rtp' && s.kind === 'video') frames += s.framesDecoded || 0;
                  if (s.type === 'inbound-rtp' && s.kind === 'audio') samples += s.totalSamplesReceived || 0;
                });
                if (frames > 10 && samples > 0) {
                  done({frames, samples, state: pc.connectionState});
                  return;
                }
              }
              const inbound = [];
              (await pc.getStats()).forEach(s => { if (s.type === 'inbound-rtp') inbound.push(s); });
              done({error: 'no media decoded, connection ' + pc.connectionState + ': ' + JSON.stringify(inbound)});
            })().catch(e => done({error: String(e)}));
            """;

    private static JPeerServer echo;
    private static Chromium chromium;

    @BeforeAll
    static void start() throws InterruptedException {
        echo = JPeerServer.start("echo");
        chromium = Chromium.start();
        chromium.open(URI.create(echo.baseUrl() + "/"));
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        echo.close();
    }

    @ParameterizedTest(name = "page offers: {0}")
    @ValueSource(booleans = {true, false})
    void pageAndJPeerDecodeEachOther(boolean pageOffers) throws Exception {
        String room = "chromium-" + pageOffers;
        String ws = echo.roomsUrl();
        StringWriter out = new StringWriter();
        CompletableFuture<Integer> call = CompletableFuture.supplyAsync(() -> Main.run(new PrintWriter(out, true),
                new PrintWriter(out, true), pageOffers
                        ? new String[] {"call", "--ws", ws, "--room", room, "--duration", "8"}
                        : new String[] {"call", "--ws", ws, "--room", room, "--duration", "8", "--offer"}));

        @SuppressWarnings("unchecked")
        Map<String, Object> page = (Map<String, Object>) chromium.executeAsync(PAGE_CALL, ws + "?room=" + room, pageOffers);
        int status = call.get(60, TimeUnit.SECONDS);
        assertEquals(null, page.get("error"), page + "; jpeer call exit " + status + ": " + out);
        assertEquals(0, status, out.toString());
        Matcher frames = FRAMES.matcher(out.toString());
        assertTrue(frames.find() && Integer.parseInt(frames.group(1)) > 10 && Integer.parseInt(frames.group(2)) > 0,
                "jpeer call decoded the page's video: " + out);
        Figures.record("chromium-call-" + (pageOffers ? "page-offers" : "jpeer-offers") + ".txt",
                "chromium call (page offers: %s): page decoded %s frames; %s", pageOffers, page.get("frames"),
                out.toString().lines().filter(l -> l.contains("connected ") && l.contains("frames")).findFirst()
                        .orElse(""));
    }
}
