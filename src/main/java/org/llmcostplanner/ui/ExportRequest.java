package org.llmcostplanner.ui;

import org.llmcostplanner.chart.ChartKind;

/** A chart to export and its size in pixels. */
public record ExportRequest(ChartKind chart, int width, int height) {
}
