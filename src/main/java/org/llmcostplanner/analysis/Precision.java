package org.llmcostplanner.analysis;

/** Weight precision of a served model and the bytes one parameter takes. */
public enum Precision {
    BF16("BF16", 2),
    FP16("FP16", 2),
    FP8("FP8", 1),
    INT8("INT8", 1),
    /** Half a byte per weight plus ~7 % for quantization scales (facts: +5–10 %). */
    INT4("INT4", 0.5 * 1.07);

    private final String label;
    private final double bytesPerParameter;

    Precision(String label, double bytesPerParameter) {
        this.label = label;
        this.bytesPerParameter = bytesPerParameter;
    }

    public String label() {
        return label;
    }

    public double bytesPerParameter() {
        return bytesPerParameter;
    }

    /** Parses "bf16", "INT4" …; null when none matches. */
    public static Precision fromLabel(String text) {
        for (Precision p : values()) {
            if (p.label.equalsIgnoreCase(text == null ? "" : text.trim())) {
                return p;
            }
        }
        return null;
    }
}
