package org.llmcostplanner.ui;

/** A chart to export: which one (by index into the export dialog's list), width and height in pixels. */
public record ExportRequest(int chartIndex, int width, int height) {
}
