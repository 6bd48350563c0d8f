package org.llmcostplanner.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a grid of values crosses zero, by marching squares: line segments between cell centres,
 * in fractional grid coordinates (column, row), with the crossing placed by linear interpolation
 * along each cell edge. Pure arithmetic, so it can be tested without drawing.
 */
final class ZeroContour {

    /** One piece of the zero line, from (c0, r0) to (c1, r1) in column/row units. */
    record Segment(double c0, double r0, double c1, double r1) {
    }

    private ZeroContour() {
    }

    /** @param values row-major, {@code columns} per row */
    static List<Segment> of(double[] values, int columns, int rows) {
        List<Segment> out = new ArrayList<>();
        for (int r = 0; r + 1 < rows; r++) {
            for (int c = 0; c + 1 < columns; c++) {
                double a = values[r * columns + c];          // (c, r)
                double b = values[r * columns + c + 1];      // (c+1, r)
                double d = values[(r + 1) * columns + c];    // (c, r+1)
                double e = values[(r + 1) * columns + c + 1]; // (c+1, r+1)
                List<double[]> pts = new ArrayList<>(4);
                edge(pts, a, b, c, r, c + 1, r);
                edge(pts, b, e, c + 1, r, c + 1, r + 1);
                edge(pts, e, d, c + 1, r + 1, c, r + 1);
                edge(pts, d, a, c, r + 1, c, r);
                if (pts.size() == 2) {
                    out.add(new Segment(pts.get(0)[0], pts.get(0)[1], pts.get(1)[0], pts.get(1)[1]));
                } else if (pts.size() == 4) {
                    // A saddle: pair the crossings along the cell's edges in order (either pairing is a valid zero line).
                    out.add(new Segment(pts.get(0)[0], pts.get(0)[1], pts.get(1)[0], pts.get(1)[1]));
                    out.add(new Segment(pts.get(2)[0], pts.get(2)[1], pts.get(3)[0], pts.get(3)[1]));
                }
            }
        }
        return out;
    }

    /** Adds the crossing on the edge from value p at (c0, r0) to value q at (c1, r1), if its sign changes. */
    private static void edge(List<double[]> pts, double p, double q, double c0, double r0, double c1, double r1) {
        if (Double.isNaN(p) || Double.isNaN(q) || (p >= 0) == (q >= 0)) {
            return;
        }
        double t = p / (p - q);
        pts.add(new double[] {c0 + t * (c1 - c0), r0 + t * (r1 - r0)});
    }
}
