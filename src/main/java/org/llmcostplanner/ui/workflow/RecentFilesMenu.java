package org.llmcostplanner.ui.workflow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import org.llmcostplanner.ui.FileActions;
import org.llmcostplanner.ui.UserDialogs;

/**
 * File → Open Recent: one item per recent file (numbered, name first, folder after), then
 * "Clear Recent". A file that is gone is reported and taken off the list.
 */
public final class RecentFilesMenu {

    private final RecentFiles recent;
    private final FileActions actions;
    private final UserDialogs dialogs;
    private final Window owner;
    private final Menu menu = new Menu("Open _Recent");

    public RecentFilesMenu(RecentFiles recent, FileActions actions, UserDialogs dialogs, Window owner) {
        this.recent = recent;
        this.actions = actions;
        this.dialogs = dialogs;
        this.owner = owner;
        menu.setId("openRecentMenu");
        recent.files().addListener((ListChangeListener<Path>) c -> rebuild());
        rebuild();
    }

    public Menu menu() {
        return menu;
    }

    /** Opens a recent file after asking about unsaved changes; a missing file is reported and dropped. */
    public void open(Path file) {
        actions.afterUnsavedChangesHandled(() -> openChecked(file));
    }

    private void openChecked(Path file) {
        if (!Files.isRegularFile(file)) {
            recent.remove(file);
            dialogs.showError(owner, "Could not open " + file.getFileName(),
                    "The file is no longer at " + file + ". It was moved, renamed or deleted; "
                            + "it has been removed from Open Recent.");
            return;
        }
        actions.openFile(file);
    }

    private void rebuild() {
        menu.getItems().clear();
        int n = 1;
        for (Path file : recent.files()) {
            Consumer<Path> open = this::open;
            String folder = file.getParent() == null ? "" : "  \u2014  " + file.getParent();
            // A mnemonic for the first nine; underscores in names are shown as they are.
            String label = (n <= 9 ? "_" + n + "  " : "    ") + (file.getFileName() + folder).replace("_", "__");
            MenuItem item = new MenuItem(label);
            item.setId("recentFile" + n);
            item.setOnAction(e -> open.accept(file));
            menu.getItems().add(item);
            n++;
        }
        if (recent.files().isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setId("noRecentFiles");
            none.setDisable(true);
            menu.getItems().add(none);
        }
        MenuItem clear = new MenuItem("_Clear Recent");
        clear.setId("clearRecentMenuItem");
        clear.setDisable(recent.files().isEmpty());
        clear.setOnAction(e -> recent.clear());
        menu.getItems().addAll(new SeparatorMenuItem(), clear);
    }
}
