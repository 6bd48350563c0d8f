package org.llmcostplanner.analysis;

import org.llmcostplanner.model.InputField;

/**
 * Monthly savings over a grid of two inputs, for a heatmap.
 *
 * @param xInput  the input along the columns
 * @param xs      its values, one per column
 * @param yInput  the input along the rows
 * @param ys      its values, one per row
 * @param savings row-major: savings[row · xs.length + column], USD per month at the scenario's volume
 *                (at the cell's own volume when an axis is requestsPerDay)
 */
public record Heatmap(InputField xInput, double[] xs, InputField yInput, double[] ys, double[] savings) {

    public double at(int row, int column) {
        return savings[row * xs.length + column];
    }
}
