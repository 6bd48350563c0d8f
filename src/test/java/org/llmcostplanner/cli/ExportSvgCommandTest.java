package org.llmcostplanner.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.io.Presentation;
import org.llmcostplanner.io.Presets;
import org.llmcostplanner.io.ScenarioFile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportSvgCommandTest {

    /** Parses strictly (well-formed or an exception), never fetching the DTD the header names. */
    static Document parse(Path svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(svg.toFile());
    }

    private static Element export(Path out, String... args) throws Exception {
        CliRun run = CliRun.of(args);
        assertEquals(Cli.OK, run.status(), run.err());
        assertEquals("", run.out());
        Element root = parse(out).getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        return root;
    }

    @Test
    void wellFormedSvgOfTheRequestedSize(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("cost.svg");
        Element svg = export(out, "export-svg", "--preset", "seed-article", out.toString(), "--width", "1600",
                "--height", "900");
        assertEquals(1600, Double.parseDouble(svg.getAttribute("width")), 0.0);
        assertEquals(900, Double.parseDouble(svg.getAttribute("height")), 0.0);
        String text = Files.readString(out);
        assertTrue(text.contains("<text") || text.contains("<path"), "something is drawn");
    }

    @Test
    void defaultSizeAndEveryChartKind(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("seed.json");
        ScenarioFile.save(Presets.seedArticleDocument(), file);
        for (String kind : new String[] {"cost", "breakdown", "cumulative"}) {
            Path out = dir.resolve(kind + ".svg");
            Element svg = export(out, "export-svg", file.toString(), out.toString(), "--chart", kind);
            assertEquals(1280, Double.parseDouble(svg.getAttribute("width")), 0.0, kind);
            assertEquals(720, Double.parseDouble(svg.getAttribute("height")), 0.0, kind);
        }
        assertFalse(Files.readString(dir.resolve("cost.svg")).equals(Files.readString(dir.resolve("breakdown.svg"))));
    }

    @Test
    void aFileWithADisplayCurrencyStillExportsInDollars(@TempDir Path dir) throws Exception {
        // The display currency is the window's: the CLI's charts stay USD, like its report.
        Path file = dir.resolve("eur.json");
        ScenarioFile.save(Presets.seedArticleDocument().withPresentation(new Presentation("EUR", 0.92)), file);
        Path plain = dir.resolve("plain.json");
        ScenarioFile.save(Presets.seedArticleDocument(), plain);
        for (String kind : new String[] {"cost", "breakdown", "cumulative"}) {
            Path out = dir.resolve(kind + "-eur.svg");
            export(out, "export-svg", file.toString(), out.toString(), "--chart", kind);
            String text = Files.readString(out);
            assertTrue(text.contains(">$"), kind + ": money in dollars");
            assertFalse(text.contains("€") || text.contains("EUR"), kind + ": nothing in euros");
            Path same = dir.resolve(kind + "-plain.svg");
            export(same, "export-svg", plain.toString(), same.toString(), "--chart", kind);
            assertEquals(withoutIds(Files.readString(same)), withoutIds(text), kind + ": as without a currency");
        }
    }

    /** JFreeSVG names its clip paths with a per-run number; the drawing is the rest. */
    private static String withoutIds(String svg) {
        return svg.replaceAll("_[0-9]{8,}", "");
    }

    @Test
    void badArguments(@TempDir Path dir) {
        Path out = dir.resolve("x.svg");
        assertTrue(CliRun.of("export-svg", "--preset", "seed-article", out.toString(), "--width", "0").badInputLine()
                .contains("--width: 0 is not a whole number of pixels"));
        assertTrue(CliRun.of("export-svg", "--preset", "seed-article", out.toString(), "--height", "1.5").badInputLine()
                .contains("--height: 1.5 is not a whole number of pixels"));
        assertTrue(CliRun.of("export-svg", "--preset", "seed-article", out.toString(), "--chart", "pie").badInputLine()
                .contains("unknown chart \"pie\""));
        assertTrue(CliRun.of("export-svg", "--preset", "seed-article", dir.toString()).badInputLine()
                .contains("is a directory, not an SVG file"));
        assertFalse(Files.exists(out));
    }
}
