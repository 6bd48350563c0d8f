package org.llmcostplanner.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.llmcostplanner.chart.ChartKind;
import org.llmcostplanner.chart.ChartMoney;
import org.llmcostplanner.chart.ChartPngExporter;
import org.llmcostplanner.chart.CostCurves;
import org.llmcostplanner.chart.CostCurvesCsv;
import org.llmcostplanner.chart.SvgExporter;
import org.llmcostplanner.io.AtomicFileWriter;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.Scenario;

/**
 * Writes a chart of a scenario to a file; {@link #PNG} is the chart package's exporter. SVG and
 * CSV go through the chart package's exporters too (the ones the CLI's export-svg and export-csv
 * use), written atomically.
 */
@FunctionalInterface
public interface ChartExporter {

    ChartExporter PNG = ChartPngExporter::write;

    void writePng(ChartKind chart, Scenario scenario, Path target, int width, int height) throws IOException;

    /** Writes what the request asks for, money in USD. */
    default void write(ExportRequest request, Scenario scenario, Path target) throws IOException {
        write(request, scenario, ChartMoney.USD, target);
    }

    /**
     * Writes what the request asks for; the PNG and SVG charts write money as {@code money} says
     * (the window passes its display currency). The CSV stays plain USD numbers: it is data.
     */
    default void write(ExportRequest request, Scenario scenario, ChartMoney money, Path target) throws IOException {
        switch (request.format()) {
            case PNG -> {
                if (request.scale() == 1 && money.equals(ChartMoney.USD)) {
                    writePng(request.chart(), scenario, target, request.width(), request.height());
                } else {
                    ChartPngExporter.write(request.chart(), scenario, money, target, request.width(), request.height(),
                            request.scale());
                }
            }
            case SVG -> new AtomicFileWriter().write(target, SvgExporter.toSvg(request.chart(), scenario, money,
                    request.width(), request.height()).getBytes(StandardCharsets.UTF_8));
            case CSV -> new AtomicFileWriter().write(target, CostCurvesCsv.toCsv(CostCurves.sample(
                    CostModel.of(scenario), scenario.workload().requestsPerDay())).getBytes(StandardCharsets.UTF_8));
            default -> throw new IllegalArgumentException("unknown format " + request.format());
        }
    }
}
