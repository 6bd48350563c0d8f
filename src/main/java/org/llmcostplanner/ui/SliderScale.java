package org.llmcostplanner.ui;

/**
 * How a slider's position maps to an input's value: linear, or logarithmic (position = log10 of
 * the value) for inputs such as volume that span several orders of magnitude. The span is only
 * the slider's; the number field beside it accepts the input's whole valid range.
 */
public record SliderScale(double min, double max, boolean logarithmic) {

    public static SliderScale linear(double min, double max) {
        return new SliderScale(min, max, false);
    }

    public static SliderScale log(double min, double max) {
        return new SliderScale(min, max, true);
    }

    public double positionMin() {
        return toPositionUnclamped(min);
    }

    public double positionMax() {
        return toPositionUnclamped(max);
    }

    /** The slider position showing this value, clamped to the slider's span. */
    public double toPosition(double value) {
        return toPositionUnclamped(Math.max(min, Math.min(max, value)));
    }

    public double toValue(double position) {
        return logarithmic ? Math.pow(10, position) : position;
    }

    private double toPositionUnclamped(double value) {
        return logarithmic ? Math.log10(value) : value;
    }
}
