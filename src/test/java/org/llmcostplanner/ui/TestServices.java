package org.llmcostplanner.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.llmcostplanner.model.Scenario;

/** The window's services for tests: real dialogs and I/O thread, a chooser the test answers. */
final class TestServices {

    static final String BAD_FIELD = "workload.requestsPerDay";

    private TestServices() {
    }

    static PlannerServices create(PathChooser chooser) {
        ChartExporter exporter = new PendingChartExporter();
        return new PlannerServices(new MemoryStore(), exporter, chooser, new FxDialogs(exporter),
                PlannerServices.ioThread());
    }

    static Path writeBadScenario(Path file) throws IOException {
        return Files.writeString(file, "{\"format\": \"llm-cost-planner.scenario\", \"version\": 1, "
                + "\"workload\": {\"requestsPerDay\": -5}}");
    }

    /** Until the io package lands: files hold what was saved to them; any other file is bad. */
    private static final class MemoryStore implements ScenarioStore {
        private final Map<Path, Scenario> saved = new ConcurrentHashMap<>();
        private final ScenarioStore seeds = new PendingScenarioStore();

        @Override
        public Scenario newScenario() {
            return seeds.newScenario();
        }

        @Override
        public Scenario load(Path file) throws ScenarioLoadException {
            Scenario s = saved.get(file);
            if (s == null) {
                throw new ScenarioLoadException(BAD_FIELD + ": -5 is out of range; allowed 0 … 1000000000", null);
            }
            return s;
        }

        @Override
        public void save(Scenario scenario, Path file) throws IOException {
            Files.writeString(file, scenario.toString());
            saved.put(file, scenario);
        }
    }
}
