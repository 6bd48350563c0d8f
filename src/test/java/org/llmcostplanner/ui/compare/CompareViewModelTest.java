package org.llmcostplanner.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.io.Presets;
import org.llmcostplanner.io.Report;
import org.llmcostplanner.io.ScenarioFile;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.ui.FileScenarioStore;
import org.llmcostplanner.ui.PlannerViewModel;

class CompareViewModelTest {

    private static final Executor NOW = Runnable::run;

    @TempDir
    Path dir;

    private final Scenario seed = Presets.seedArticle();
    private final DirectPulses pulses = new DirectPulses();
    private final PlannerViewModel planner = new PlannerViewModel(seed, pulses);
    private final CompareViewModel compare = new CompareViewModel(planner, new FileScenarioStore(), NOW, NOW);

    private Path save(Scenario s, String name) throws Exception {
        Path file = dir.resolve(name);
        ScenarioFile.save(s, file);
        return file;
    }

    @Test
    void rowsShowTheReportsFiguresAtTheChosenVolume() throws Exception {
        Scenario cheap = seed.withName("Cheap GPU")
                .with(InputField.FLAT_MONTHLY_COST, seed.get(InputField.FLAT_MONTHLY_COST) / 2)
                .with(InputField.HOURLY_RATE, seed.get(InputField.HOURLY_RATE) / 2);
        compare.addFile(save(seed, "seed.json")).join();
        compare.addFile(save(cheap, "cheap.json")).join();
        assertNull(compare.setVolume(5000));

        assertEquals(2, compare.rows().size());
        CompareRow row = compare.rows().get(1);
        Report expected = Report.of(cheap.with(InputField.REQUESTS_PER_DAY, 5000));
        assertEquals(expected, row.report(), "the same figures the CLI report gives at that volume");
        assertEquals("Cheap GPU", row.name());
        assertEquals(DeltaText.money(expected.monthly().savings()), row.savings());
        assertEquals(DeltaText.money(expected.oneTimeCost()), row.oneTimeCost());
        assertTrue(compare.rows().get(0).reference());
        assertEquals("reference", compare.rows().get(0).difference());
        Report ref = Report.of(seed.with(InputField.REQUESTS_PER_DAY, 5000));
        double gain = expected.monthly().savings() - ref.monthly().savings();
        assertTrue(gain > 0);
        assertTrue(row.difference().contains("savings " + DeltaText.signedMoney(gain) + "/mo"), row.difference());
    }

    @Test
    void theVolumeFollowsThePlannerUntilTheUserSetsOne() throws Exception {
        compare.addFile(save(seed, "seed.json")).join();
        assertEquals(1000, compare.volumeProperty().get());
        planner.input(InputField.REQUESTS_PER_DAY).set(2500);
        pulses.flush();
        assertEquals(2500, compare.volumeProperty().get());
        assertEquals(2500, compare.rows().get(0).report().requestsPerDay());

        compare.setVolume(40);
        planner.input(InputField.REQUESTS_PER_DAY).set(9000);
        pulses.flush();
        assertEquals(40, compare.volumeProperty().get(), "a chosen volume stays");
        compare.useCurrentVolume();
        assertEquals(9000, compare.volumeProperty().get());
    }

    @Test
    void aVolumeOutOfRangeIsRefusedWithTheFieldAndRange() throws Exception {
        compare.addFile(save(seed, "seed.json")).join();
        String problem = compare.setVolume(-5);
        assertNotNull(problem);
        assertTrue(problem.startsWith(CompareViewModel.VOLUME_LABEL) && problem.contains("0 … 1000000000"), problem);
        assertEquals(problem, compare.messageProperty().get());
        assertEquals(1000, compare.volumeProperty().get(), "unchanged");
    }

    @Test
    void aBadFileBecomesAnErrorRowNamingTheFieldAndTheOthersStillCompare() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"llm-cost-planner.scenario\", "
                + "\"version\": 1, \"workload\": {\"requestsPerDay\": -5}}");
        compare.addFile(save(seed, "seed.json")).join();
        compare.addFile(bad).join();
        compare.addFile(dir.resolve("missing.json")).join();

        CompareRow badRow = compare.rows().get(1);
        assertTrue(badRow.hasError());
        assertNull(badRow.report());
        assertTrue(badRow.error().contains("bad.json") && badRow.error().contains("workload.requestsPerDay"),
                badRow.error());
        assertTrue(compare.rows().get(2).error().contains("missing.json"), compare.rows().get(2).error());
        assertFalse(compare.rows().get(0).hasError());
        assertTrue(compare.messageProperty().get().contains("missing.json"));
    }

    @Test
    void theCurrentScenarioIsLiveAndTheReferenceCanChange() throws Exception {
        compare.addFile(save(seed, "seed.json")).join();
        compare.addCurrent();
        compare.addCurrent();
        assertEquals(2, compare.rows().size(), "the current scenario is added once");
        assertEquals("same figures", compare.rows().get(1).difference());

        planner.input(InputField.DEV_RATE_PER_HOUR).set(30);
        pulses.flush();
        Report live = Report.of(planner.scenario());
        assertEquals(live, compare.rows().get(1).report());
        assertTrue(compare.rows().get(1).difference().contains("break-even with ops \u2212"),
                compare.rows().get(1).difference());

        compare.makeReference(1);
        assertTrue(compare.rows().get(1).reference());
        assertTrue(compare.rows().get(0).difference().contains("savings \u2212"), compare.rows().get(0).difference());

        compare.remove(1);
        assertEquals(1, compare.rows().size());
        assertTrue(compare.rows().get(0).reference(), "the first row is the reference again");
    }
}
