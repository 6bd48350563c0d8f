package org.llmcostplanner.ui;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;

/**
 * Finds a node by id before the window is shown. {@link Node#lookup} only walks children, and
 * before skins exist the content of tabs, scroll panes and titled panes is no child yet.
 */
public final class NodeFinder {

    private NodeFinder() {
    }

    public static <T extends Node> Optional<T> find(Node from, String id, Class<T> type) {
        Node found = find(from, id);
        return type.isInstance(found) ? Optional.of(type.cast(found)) : Optional.empty();
    }

    private static Node find(Node node, String id) {
        if (node == null) {
            return null;
        }
        if (id.equals(node.getId())) {
            return node;
        }
        if (node instanceof TabPane tabs) {
            for (Tab t : tabs.getTabs()) {
                Node found = find(t.getContent(), id);
                if (found != null) {
                    return found;
                }
            }
        } else if (node instanceof ScrollPane scroll) {
            return find(scroll.getContent(), id);
        } else if (node instanceof TitledPane titled) {
            return find(titled.getContent(), id);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = find(child, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
