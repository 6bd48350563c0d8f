package org.llmcostplanner.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The window's real services for tests, except file choosers: the test answers those. */
public final class TestServices {

    static final String BAD_FIELD = "workload.requestsPerDay";

    private TestServices() {
    }

    public static PlannerServices create(PathChooser chooser) {
        return new PlannerServices(new FileScenarioStore(), ChartExporter.PNG, chooser, new FxDialogs(),
                PlannerServices.ioThread());
    }

    /** A scenario file whose one problem is a negative volume. */
    static Path writeBadScenario(Path file) throws IOException {
        return Files.writeString(file, "{\"format\": \"llm-cost-planner.scenario\", \"version\": 1, "
                + "\"workload\": {\"requestsPerDay\": -5}}");
    }
}
