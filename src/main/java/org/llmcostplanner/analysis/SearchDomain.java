package org.llmcostplanner.analysis;

import java.util.Arrays;
import org.llmcostplanner.model.InputField;

/**
 * Where a search over one input looks: the field's valid range, with a finite stand-in for the
 * fields that have no upper bound, and a scan grid dense near the current value.
 */
final class SearchDomain {

    /** Upper end searched for inputs without an upper bound (prices, hours, tok/s …). */
    static final double UNBOUNDED_LIMIT = 1e9;
    /** Points spread evenly over the dense part of the scan. */
    private static final int DENSE_POINTS = 200;
    /** Log-spaced points per decade beyond the dense part. */
    private static final int POINTS_PER_DECADE = 20;

    private SearchDomain() {
    }

    /** The smallest value searched: the field's minimum, or just above it when the minimum is excluded. */
    static double lower(InputField field) {
        if (!field.minExclusive()) {
            return field.min();
        }
        double span = Math.min(field.max(), UNBOUNDED_LIMIT) - field.min();
        return field.min() + span * 1e-9;
    }

    /** The largest value searched: the field's maximum, or a large finite bound when it has none. */
    static double upper(InputField field, double current) {
        if (field.max() == Double.MAX_VALUE) {
            return Math.max(UNBOUNDED_LIMIT, 10 * Math.abs(current));
        }
        return field.max();
    }

    /**
     * Sorted distinct scan points: even steps from the lower bound up to a few times the current
     * value (where answers usually are), then log steps out to the upper bound, plus the current value.
     */
    static double[] grid(InputField field, double current) {
        double lo = lower(field);
        double hi = upper(field, current);
        double denseEnd = Math.min(hi, Math.max(lo + 1, 4 * Math.abs(current)));
        int decades = denseEnd > 0 && hi > denseEnd ? (int) Math.ceil(Math.log10(hi / denseEnd)) : 0;
        int logPoints = decades * POINTS_PER_DECADE;
        double[] points = new double[DENSE_POINTS + 1 + logPoints + 1];
        int n = 0;
        for (int i = 0; i <= DENSE_POINTS; i++) {
            points[n++] = lo + (denseEnd - lo) * i / DENSE_POINTS;
        }
        for (int i = 1; i <= logPoints; i++) {
            points[n++] = Math.min(hi, denseEnd * Math.pow(10, (double) i / POINTS_PER_DECADE));
        }
        points[n++] = Math.max(lo, Math.min(hi, current));
        double[] sorted = Arrays.copyOf(points, n);
        Arrays.sort(sorted);
        return Arrays.stream(sorted).distinct().toArray();
    }

    /** The value moved into the searched range. */
    static double clamp(InputField field, double value, double current) {
        return Math.max(lower(field), Math.min(upper(field, current), value));
    }
}
