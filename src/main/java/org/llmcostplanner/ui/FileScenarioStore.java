package org.llmcostplanner.ui;

import java.io.IOException;
import java.nio.file.Path;
import org.llmcostplanner.io.Presets;
import org.llmcostplanner.io.ScenarioDocument;
import org.llmcostplanner.io.ScenarioFile;
import org.llmcostplanner.io.ScenarioFormatException;
import org.llmcostplanner.model.Scenario;

/** Scenario files and the seed preset, as the io package reads and writes them. */
public final class FileScenarioStore implements ScenarioStore {

    @Override
    public Scenario newScenario() {
        return Presets.seedArticle();
    }

    @Override
    public Scenario load(Path file) throws ScenarioLoadException {
        try {
            return ScenarioFile.load(file);
        } catch (ScenarioFormatException e) {
            throw new ScenarioLoadException(e.getMessage(), e);
        }
    }

    @Override
    public void save(Scenario scenario, Path file) throws IOException {
        ScenarioFile.save(scenario, file);
    }

    @Override
    public ScenarioDocument newDocument() {
        return Presets.seedArticleDocument();
    }

    @Override
    public ScenarioDocument loadDocument(Path file) throws ScenarioLoadException {
        try {
            return ScenarioFile.loadDocument(file);
        } catch (ScenarioFormatException e) {
            throw new ScenarioLoadException(e.getMessage(), e);
        }
    }

    @Override
    public void save(ScenarioDocument document, Path file) throws IOException {
        ScenarioFile.save(document, file);
    }
}
