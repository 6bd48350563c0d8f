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

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        List<Node> children = getManagedChildren();
        if (children.isEmpty()) {
            return;
        }
        double rowY = children.get(0).getLayoutY();
        double used = getHgap() * (children.size() - 1);
        for (Node n : children) {
            if (Math.abs(n.getLayoutY() - rowY) > 0.5) {
                return; // wrapped onto several rows
            }
            used += n.getLayoutBounds().getWidth();
        }
        double spare = getWidth() - snappedLeftInset() - snappedRightInset() - used;
        if (spare <= 1) {
            return;
        }
        double extra = Math.floor(spare / children.size());
        double x = snappedLeftInset();
        for (Node n : children) {
            double w = n.getLayoutBounds().getWidth() + extra;
            n.resizeRelocate(x, n.getLayoutY(), w, n.getLayoutBounds().getHeight());
            x += w + getHgap();
        }
    }
}
