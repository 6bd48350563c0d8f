package org.llmcostplanner.docs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.io.ScenarioFile;
import org.llmcostplanner.model.Billing;
import org.llmcostplanner.model.Scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's example scenario is what newcomers copy first: it must load as shown. */
class ReadmeExampleTest {

    @Test
    void readmeScenarioExampleLoads() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(), "README.md has a ```json example");
        Scenario s = ScenarioFile.parse(m.group(1).getBytes(StandardCharsets.UTF_8), "README.md");
        assertEquals("Support bot", s.name());
        assertEquals(Billing.HOURLY, s.selfHost().billing());
        assertEquals(10000.0, s.workload().requestsPerDay());
    }
}
