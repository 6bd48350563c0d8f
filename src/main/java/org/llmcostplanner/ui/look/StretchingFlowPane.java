package org.llmcostplanner.ui.look;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;

/**
 * A horizontal flow that, while everything fits on one row, shares the spare width among its
 * children instead of leaving it empty at the right (the headline on a wide screen); once it wraps
 * it lays out exactly as a {@link FlowPane}.
 */
public class StretchingFlowPane extends FlowPane {

    /**
     * One pass, children sized once: while every child fits on one row at its preferred width, the
     * spare width is shared out here and {@link FlowPane}'s own layout is not run. (Running it and
     * then widening its result resized each child twice per pass, which left the headline needing
     * layout again on the following pulse: a second pulse of work after every slider step.)
     */
    @Override
    protected void layoutChildren() {
        List<Node> children = getManagedChildren();
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double width = getWidth() - left - snappedRightInset();
        double used = getHgap() * Math.max(0, children.size() - 1);
        double rowHeight = 0;
        for (Node n : children) {
            used += snapSizeX(n.prefWidth(-1));
            rowHeight = Math.max(rowHeight, snapSizeY(n.prefHeight(-1)));
        }
        if (children.isEmpty() || used > width) {
            super.layoutChildren(); // wraps: exactly a FlowPane
            return;
        }
        double extra = Math.floor((width - used) / children.size());
        double x = left;
        for (Node n : children) {
            double w = snapSizeX(n.prefWidth(-1)) + extra;
            n.resizeRelocate(x, top, w, rowHeight);
            x += w + getHgap();
        }
    }
}
