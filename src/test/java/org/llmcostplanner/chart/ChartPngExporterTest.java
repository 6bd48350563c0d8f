package org.llmcostplanner.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

class ChartPngExporterTest {

    private static final Scenario SEED = Scenario.defaults().with(InputField.BILLING_DAYS_PER_MONTH, 22);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void writesAPngOfTheRequestedSizeThatShowsTheChart(ChartKind kind) throws IOException {
        Path out = dir.resolve(kind + ".png");
        ChartPngExporter.write(kind, SEED, out, 900, 500);
        BufferedImage png = ImageIO.read(out.toFile());
        assertEquals(900, png.getWidth());
        assertEquals(500, png.getHeight());
        assertTrue(distinctColours(png) > 20, "not blank: text, axes and series are drawn");
        assertTrue(containsColour(png, ChartStyle.API.getRGB()), "the API series is drawn in its colour");
    }

    @Test
    void aFullHdExportIsFullHd() throws IOException {
        Path out = dir.resolve("cost.png");
        ChartPngExporter.write(ChartKind.COST, SEED.with(InputField.OUTPUT_TOKENS_PER_SECOND, 1), out, 1920, 1080);
        BufferedImage png = ImageIO.read(out.toFile());
        assertEquals(1920, png.getWidth());
        assertEquals(1080, png.getHeight());
        assertTrue(containsColour(png, ChartStyle.GPU.getRGB()), "the GPU area is drawn");
    }

    @Test
    void refusesImpossibleSizes() {
        assertThrows(IllegalArgumentException.class,
                () -> ChartPngExporter.write(ChartKind.COST, SEED, dir.resolve("x.png"), 0, 100));
        assertThrows(IllegalArgumentException.class,
                () -> ChartPngExporter.write(ChartKind.COST, SEED, dir.resolve("x.png"), 100, 20_000));
    }

    private static int distinctColours(BufferedImage img) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                colours.add(img.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static boolean containsColour(BufferedImage img, int argb) {
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == (argb & 0xFFFFFF)) {
                    return true;
                }
            }
        }
        return false;
    }
}
