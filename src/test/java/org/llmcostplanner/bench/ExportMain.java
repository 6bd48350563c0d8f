package org.llmcostplanner.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.llmcostplanner.chart.ChartKind;
import org.llmcostplanner.chart.ChartPngExporter;
import org.llmcostplanner.chart.SvgExporter;
import org.llmcostplanner.io.Presets;
import org.llmcostplanner.model.Scenario;

/**
 * Export timings in a fresh JVM: the main (cost) chart of the seed scenario as a 1920×1080 PNG
 * through {@link ChartPngExporter#write} (chart built, drawn, encoded, written atomically) — the
 * first call, then the median of 15 warm calls; and as SVG 1920×1080 through
 * {@link SvgExporter#toSvg} (first and warm median, document written to a file).
 */
public final class ExportMain {

    private static final int WARMUP = 5;
    private static final int RUNS = 15;

    private ExportMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/benchmarks");
        Files.createDirectories(dir);
        Scenario seed = Presets.seedArticle();
        Path png = dir.resolve("export-cost-1920x1080.png");
        Path svg = dir.resolve("export-cost-1920x1080.svg");

        long t0 = System.nanoTime();
        ChartPngExporter.write(ChartKind.COST, seed, png, 1920, 1080);
        double pngFirst = (System.nanoTime() - t0) / 1e6;
        double[] pngWarm = new double[RUNS];
        for (int i = -WARMUP; i < RUNS; i++) {
            long t = System.nanoTime();
            ChartPngExporter.write(ChartKind.COST, seed, png, 1920, 1080);
            if (i >= 0) {
                pngWarm[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        t0 = System.nanoTime();
        writeSvg(seed, svg);
        double svgFirst = (System.nanoTime() - t0) / 1e6;
        double[] svgWarm = new double[RUNS];
        for (int i = -WARMUP; i < RUNS; i++) {
            long t = System.nanoTime();
            writeSvg(seed, svg);
            if (i >= 0) {
                svgWarm[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "llmcostplanner.pngExportFirstMs=%.1f%nllmcostplanner.pngExportMs=%.1f%n"
                        + "llmcostplanner.svgExportFirstMs=%.1f%nllmcostplanner.svgExportMs=%.1f%n"
                        + "llmcostplanner.pngBytes=%d%nllmcostplanner.svgBytes=%d%n",
                pngFirst, median(pngWarm), svgFirst, median(svgWarm), Files.size(png), Files.size(svg));
        System.out.flush();
    }

    private static void writeSvg(Scenario s, Path out) throws IOException {
        Files.writeString(out, SvgExporter.toSvg(ChartKind.COST, s, 1920, 1080), StandardCharsets.UTF_8);
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
