package org.llmcostplanner.ui.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

class RecoveryStoreTest {

    private static final Scenario EDITED = Scenario.defaults().with(InputField.MAINTENANCE_HOURS_PER_MONTH, 7);

    @TempDir
    Path data;

    @Test
    void workOfAProcessThatIsGoneIsFoundWithItsOrigin() throws Exception {
        Process gone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").start();
        gone.waitFor();
        Path origin = data.resolve("plan.json");
        new RecoveryStore(data, gone.pid()).write(org.llmcostplanner.io.ScenarioDocument.of(EDITED), origin);

        RecoveryStore.Recovered found = new RecoveryStore(data).findCrashed().orElseThrow();
        assertEquals(EDITED, found.scenario());
        assertEquals(origin, found.origin());

        new RecoveryStore(data).discard(found);
        assertTrue(new RecoveryStore(data).findCrashed().isEmpty());
        assertFalse(Files.exists(found.folder()));
    }

    @Test
    void aRunningSessionsWorkIsNeverOfferedToAnother() throws Exception {
        RecoveryStore mine = new RecoveryStore(data);
        mine.write(org.llmcostplanner.io.ScenarioDocument.of(EDITED), null);
        assertTrue(mine.findCrashed().isEmpty(), "this process is alive");
        long parent = ProcessHandle.current().parent().orElseThrow().pid();
        new RecoveryStore(data, parent).write(org.llmcostplanner.io.ScenarioDocument.of(EDITED), null);
        assertTrue(mine.findCrashed().isEmpty(), "the parent process is alive too");

        mine.delete();
        assertFalse(Files.exists(mine.file()));
    }

    @Test
    void aNewScenarioHasNoOrigin() throws Exception {
        Process gone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").start();
        gone.waitFor();
        new RecoveryStore(data, gone.pid()).write(org.llmcostplanner.io.ScenarioDocument.of(EDITED), null);
        assertNull(new RecoveryStore(data).findCrashed().orElseThrow().origin());
    }

    @Test
    void theWholeDocumentIsRecoveredWithItsRangesDeploymentAndCurrency() throws Exception {
        Process gone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").start();
        gone.waitFor();
        org.llmcostplanner.io.ScenarioDocument work = org.llmcostplanner.io.ScenarioDocument.of(EDITED)
                .withPresentation(new org.llmcostplanner.io.Presentation("EUR", 0.9))
                .withRanges(java.util.List.of(new org.llmcostplanner.analysis.InputRange(InputField.RAMP_DAYS, 3, 5)))
                .withDeployment(new org.llmcostplanner.analysis.DeploymentSpec("Llama 3.2 90B", 88.8,
                        org.llmcostplanner.analysis.Precision.FP8, "2 \u00d7 L40S", 96, 0.25));
        new RecoveryStore(data, gone.pid()).write(work, null);
        assertEquals(work, new RecoveryStore(data).findCrashed().orElseThrow().document());
    }
}
