package org.llmcostplanner.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.llmcostplanner.model.Scenario;

/** Stands in until the chart package lands. */
final class PendingChartExporter implements ChartExporter {

    @Override
    public List<String> chartNames() {
        return List.of("Monthly cost vs requests/day", "Cost breakdown", "Cumulative cost");
    }

    @Override
    public void writePng(int chartIndex, Scenario scenario, Path target, int width, int height) throws IOException {
        throw new IOException("Chart export is not available in this build yet");
    }
}
