package org.jpeer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jpeer.dtls.Fingerprint;
import org.jpeer.dtls.RTCCertificate;
import org.jpeer.jsep.negotiation.OfflineAnswerer;
import org.jpeer.jsep.sdp.ParsedSdp;
import org.jpeer.jsep.sdp.SdpLimits;
import org.jpeer.jsep.sdp.SdpParser;
import org.jpeer.jsep.sdp.SdpSummary;
import org.jpeer.jsep.sdp.SdpValidator;
import org.jpeer.jsep.sdp.SdpViolation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jpeer sdp check|answer FILE}: offline SDP tools for debugging interop. */
@Command(name = "sdp", mixinStandardHelpOptions = true,
        description = "Offline SDP tools: check a description, or print the answer JPeer would give.",
        subcommands = {SdpCommand.Check.class, SdpCommand.Answer.class})
final class SdpCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Parses and validates an SDP against the WebRTC rules (BUNDLE mids exist, ICE credentials and "
                + "fingerprints present, payload types defined, rtx apt valid) and prints a JSON summary; exits 1 "
                + "with the line-precise error.")
    static final class Check implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "The SDP file, or - for stdin.")
        private String file;

        @Override
        public Integer call() throws IOException {
            ParsedSdp parsed = SdpParser.parseWithLines(read(file));
            List<SdpViolation> violations = SdpValidator.validate(parsed);
            if (!violations.isEmpty()) {
                violations.forEach(v -> System.err.println("jpeer: " + v));
                return 1;
            }
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(SdpSummary.of(parsed.description())));
            return 0;
        }
    }

    @Command(name = "answer", mixinStandardHelpOptions = true,
            description = {"Prints the answer JPeer would give to the offer in FILE (audio Opus and video tracks,",
                "recvonly where the offer only sends), with a fresh certificate's fingerprint and no candidates."})
    static final class Answer implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "The offer, or - for stdin.")
        private String file;

        @Override
        public Integer call() throws IOException {
            Fingerprint fp = RTCCertificate.generate().fingerprint();
            String value = fp.toSdpValue().substring(fp.algorithm().length() + 1);
            System.out.print(OfflineAnswerer.answer(read(file), fp.algorithm(), value));
            return 0;
        }
    }

    /** Reads at most the parser's size limit plus one byte, so a huge input fails fast and bounded. */
    static String read(String file) throws IOException {
        try (InputStream in = "-".equals(file) ? System.in : Files.newInputStream(Path.of(file))) {
            byte[] bytes = in.readNBytes(SdpLimits.MAX_TOTAL_CHARS + 1);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file + ": no such file");
        }
    }
}
