package org.llmcostplanner.ui.compare;

import java.nio.file.Path;
import org.llmcostplanner.io.Report;

/**
 * One line of the comparison table, ready to show. A scenario that could not be used has an
 * {@code error} (naming the file and field) and no report; its figure cells are empty.
 *
 * @param file   where it came from; null for the current scenario
 * @param report the figures at the compared volume; null on error
 */
public record CompareRow(String name, Path file, boolean reference, String error, Report report,
                         String breakEvenRaw, String breakEvenWithOps, String apiOnly, String plan,
                         String savings, String payback, String oneTimeCost, String difference) {

    public boolean hasError() {
        return error != null;
    }

    static CompareRow failed(String name, Path file, boolean reference, String error) {
        String none = "\u2014";
        return new CompareRow(name, file, reference, error, null, none, none, none, none, none, none, none,
                reference ? "reference (cannot be compared)" : error);
    }
}
