package org.llmcostplanner.ui;

import java.io.IOException;
import java.nio.file.Path;
import org.llmcostplanner.chart.ChartKind;
import org.llmcostplanner.chart.ChartPngExporter;
import org.llmcostplanner.model.Scenario;

/** Writes a chart of a scenario to a PNG file; {@link #PNG} is the chart package's exporter. */
@FunctionalInterface
public interface ChartExporter {

    ChartExporter PNG = ChartPngExporter::write;

    void writePng(ChartKind chart, Scenario scenario, Path target, int width, int height) throws IOException;
}
