package org.llmcostplanner.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The toolkit's file dialogs, remembering the last folder used. */
public final class FxPathChooser implements PathChooser {

    private static final FileChooser.ExtensionFilter SCENARIOS =
            new FileChooser.ExtensionFilter("Scenario files (*.json)", "*.json");
    private static final FileChooser.ExtensionFilter JSON = new FileChooser.ExtensionFilter("JSON files (*.json)", "*.json");
    private static final FileChooser.ExtensionFilter PNG = new FileChooser.ExtensionFilter("PNG images (*.png)", "*.png");

    private File lastFolder;

    @Override
    public Optional<Path> chooseScenarioToOpen(Window owner, Path current) {
        FileChooser chooser = chooser("Open scenario", SCENARIOS, current);
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseScenarioToSave(Window owner, Path current, String suggestedName) {
        FileChooser chooser = chooser("Save scenario", SCENARIOS, current);
        chooser.setInitialFileName(current != null ? current.getFileName().toString() : suggestedName + ".json");
        return remember(chooser.showSaveDialog(owner)).map(p -> withExtension(p, ".json"));
    }

    @Override
    public Optional<Path> choosePngToSave(Window owner, String suggestedName) {
        FileChooser chooser = chooser("Export chart as PNG", PNG, null);
        chooser.setInitialFileName(suggestedName + ".png");
        return remember(chooser.showSaveDialog(owner)).map(p -> withExtension(p, ".png"));
    }

    @Override
    public Optional<Path> chooseExportTarget(Window owner, String suggestedName, String description,
                                             String extension) {
        FileChooser chooser = chooser("Export", new FileChooser.ExtensionFilter(
                description + " (*." + extension + ")", "*." + extension), null);
        chooser.setInitialFileName(suggestedName + "." + extension);
        return remember(chooser.showSaveDialog(owner)).map(p -> withExtension(p, "." + extension));
    }

    @Override
    public Optional<Path> chooseJsonToOpen(Window owner, String title) {
        return remember(chooser(title, JSON, null).showOpenDialog(owner));
    }

    private FileChooser chooser(String title, FileChooser.ExtensionFilter filter, Path current) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(filter);
        File folder = current != null && current.getParent() != null ? current.getParent().toFile() : lastFolder;
        if (folder != null && folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        return chooser;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }

    private static Path withExtension(Path p, String extension) {
        String name = p.getFileName().toString();
        return name.toLowerCase().endsWith(extension) ? p : p.resolveSibling(name + extension);
    }
}
