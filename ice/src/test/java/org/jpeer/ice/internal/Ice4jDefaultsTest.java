package org.jpeer.ice.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.logging.LogManager;

import org.ice4j.ice.AgentConfig;
import org.ice4j.ice.harvest.CandidateHarvester;
import org.ice4j.ice.harvest.HarvestConfig;
import org.ice4j.ice.harvest.MappingCandidateHarvester;
import org.ice4j.ice.harvest.MappingCandidateHarvesters;
import org.jpeer.ice.IceAgentConfig;
import org.junit.jupiter.api.Test;

/**
 * Runs in its own JVM (surefire reuseForks=false), so the agent created here is the first one.
 *
 * <p>ice4j's AWS harvester class creates its JUL logger in its static initialiser, and the only
 * path that initialises it is the metadata probe; its logger never being registered proves the
 * probe never ran, while the mapping harvesters' logger proves the mapping setup itself did run.
 */
class Ice4jDefaultsTest {

    @Test
    void awsProbeNeverRunsAndNoAgentHasAMappingHarvester() {
        try (Ice4jAgent agent = Ice4jAgent.create(IceAgentConfig.defaults())) {
            agent.startGathering();
            assertEquals("false", System.getProperty("ice4j.harvest.mapping.aws.enabled"));
            assertFalse(HarvestConfig.config.getEnableAwsHarvester());
            assertTrue(julLoggerExists("org.ice4j.ice.harvest.MappingCandidateHarvesters"));
            assertFalse(julLoggerExists("org.ice4j.ice.harvest.AwsCandidateHarvester"), "AWS probe ran");
            assertEquals(0, MappingCandidateHarvesters.getHarvesters().length);
            for (CandidateHarvester h : agent.ice4jAgent().getHarvesters()) {
                assertFalse(h instanceof MappingCandidateHarvester, "mapping harvester " + h);
            }
            assertFalse(AgentConfig.config.getUseComponentSocket());
        }
    }

    @Test
    void applyIsIdempotentAndForcesTheNetworkSettings() {
        Ice4jDefaults.apply();
        Ice4jDefaults.apply();
        Ice4jDefaults.FORCED.forEach((key, value) -> assertEquals(value, System.getProperty(key), key));
    }

    private static boolean julLoggerExists(String name) {
        return Collections.list(LogManager.getLogManager().getLoggerNames()).contains(name);
    }
}
