package org.llmcostplanner.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.llmcostplanner.model.Scenario;

/** Writes a chart of a scenario to a PNG file; the chart package provides the real drawing. */
public interface ChartExporter {

    /** The charts that can be exported, as the export dialog lists them. */
    List<String> chartNames();

    void writePng(int chartIndex, Scenario scenario, Path target, int width, int height) throws IOException;
}
