package org.llmcostplanner.ui;

import java.io.IOException;
import java.nio.file.Path;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

/** Stands in until the io package's scenario files land: the seed scenario, no file access. */
final class PendingScenarioStore implements ScenarioStore {

    @Override
    public Scenario newScenario() {
        return Scenario.defaults().with(InputField.BILLING_DAYS_PER_MONTH, 22).withName("Seed article");
    }

    @Override
    public Scenario load(Path file) throws IOException {
        throw new IOException("Scenario files are not available in this build yet");
    }

    @Override
    public void save(Scenario scenario, Path file) throws IOException {
        throw new IOException("Scenario files are not available in this build yet");
    }
}
