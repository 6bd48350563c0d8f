package org.llmcostplanner.ui;

import org.llmcostplanner.chart.ChartKind;

/**
 * A chart export: which chart, its layout size, the pixel scale (PNG: the image is
 * width × scale by height × scale pixels, for high-DPI slides) and the file format.
 */
public record ExportRequest(ChartKind chart, int width, int height, int scale, Format format) {

    /** What an export writes. CSV is the cost curves (the cost chart's data), whatever the chart. */
    public enum Format {
        PNG("PNG image", "png"),
        SVG("SVG vector image", "svg"),
        CSV("CSV of the cost curves", "csv");

        private final String label;
        private final String extension;

        Format(String label, String extension) {
            this.label = label;
            this.extension = extension;
        }

        public String label() {
            return label;
        }

        public String extension() {
            return extension;
        }
    }

    /** A PNG at scale 1. */
    public ExportRequest(ChartKind chart, int width, int height) {
        this(chart, width, height, 1, Format.PNG);
    }

    /** The exported image's pixel size: the layout size times the scale (SVG and CSV: scale 1). */
    public int pixelWidth() {
        return format == Format.PNG ? width * scale : width;
    }

    public int pixelHeight() {
        return format == Format.PNG ? height * scale : height;
    }
}
