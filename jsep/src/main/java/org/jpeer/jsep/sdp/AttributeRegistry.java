package org.jpeer.jsep.sdp;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Maps attribute names to the record that parses them; everything else becomes an {@link UnknownAttribute}.
 */
final class AttributeRegistry {
    private static final Map<String, Function<String, SdpAttribute>> VALUED = new HashMap<>();
    private static final Map<String, Supplier<SdpAttribute>> FLAGS = new HashMap<>();

    static {
        VALUED.put(Group.NAME, Group::parse);
        VALUED.put(MsidSemantic.NAME, MsidSemantic::parse);
        VALUED.put(Msid.NAME, Msid::parse);
        VALUED.put(Mid.NAME, Mid::parse);
        VALUED.put(IceUfrag.NAME, IceUfrag::parse);
        VALUED.put(IcePwd.NAME, IcePwd::parse);
        VALUED.put(IceOptions.NAME, IceOptions::parse);
        VALUED.put(Fingerprint.NAME, Fingerprint::parse);
        VALUED.put(Setup.NAME, Setup::parse);
        VALUED.put(TlsId.NAME, TlsId::parse);
        VALUED.put(Rtcp.NAME, Rtcp::parse);
        VALUED.put(RtpMap.NAME, RtpMap::parse);
        VALUED.put(Fmtp.NAME, Fmtp::parse);
        VALUED.put(RtcpFb.NAME, RtcpFb::parse);
        VALUED.put(Extmap.NAME, Extmap::parse);
        VALUED.put(Ssrc.NAME, Ssrc::parse);
        VALUED.put(SsrcGroup.NAME, SsrcGroup::parse);
        VALUED.put(Rid.NAME, Rid::parse);
        VALUED.put(Simulcast.NAME, Simulcast::parse);
        VALUED.put(Candidate.NAME, Candidate::parse);
        VALUED.put(SctpPort.NAME, SctpPort::parse);
        VALUED.put(MaxMessageSize.NAME, MaxMessageSize::parse);
        VALUED.put(Ptime.NAME, Ptime::parse);
        VALUED.put(MaxPtime.NAME, MaxPtime::parse);

        FLAGS.put(ExtmapAllowMixed.NAME, ExtmapAllowMixed::new);
        FLAGS.put(IceLite.NAME, IceLite::new);
        FLAGS.put(RtcpMux.NAME, RtcpMux::new);
        FLAGS.put(RtcpMuxOnly.NAME, RtcpMuxOnly::new);
        FLAGS.put(RtcpRsize.NAME, RtcpRsize::new);
        FLAGS.put(EndOfCandidates.NAME, EndOfCandidates::new);
        FLAGS.put(BundleOnly.NAME, BundleOnly::new);
        for (Direction d : Direction.values()) {
            DirectionAttribute attribute = new DirectionAttribute(d);
            FLAGS.put(d.sdpName(), () -> attribute);
        }
    }

    private AttributeRegistry() {
    }

    /**
     * @param value the text after the first colon, or {@code null} when there is none
     * @throws IllegalArgumentException whose message is the broken rule
     */
    static SdpAttribute parse(String name, String value) {
        Function<String, SdpAttribute> valued = VALUED.get(name);
        if (valued != null) {
            SdpGrammar.check(value != null, name + " needs a value");
            return valued.apply(value);
        }
        Supplier<SdpAttribute> flag = FLAGS.get(name);
        if (flag != null) {
            SdpGrammar.check(value == null, name + " takes no value");
            return flag.get();
        }
        return new UnknownAttribute(name, value);
    }
}
