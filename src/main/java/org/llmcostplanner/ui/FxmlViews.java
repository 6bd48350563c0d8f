package org.llmcostplanner.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;

/** Loads a view from its FXML next to {@code anchor} and binds its controller in one call. */
public final class FxmlViews {

    private FxmlViews() {
    }

    /** The view's root node, after {@code bind} was given the view's controller. */
    public static <C> Node load(Class<?> anchor, String fxml, Consumer<C> bind) {
        FXMLLoader loader = new FXMLLoader(anchor.getResource(fxml));
        try {
            Node node = loader.load();
            bind.accept(loader.getController());
            return node;
        } catch (IOException e) {
            // A missing or broken FXML is a packaging bug, not a user error: fail loudly.
            throw new UncheckedIOException("cannot load " + loader.getLocation(), e);
        }
    }
}
