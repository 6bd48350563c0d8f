package org.llmcostplanner.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Help → About: version, libraries, and where the default prices come from (about.txt). */
final class AboutDialog {

    private AboutDialog() {
    }

    static void show(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("About " + PlannerViewModel.APP_NAME);
        alert.setHeaderText(PlannerViewModel.APP_NAME + " " + version());
        TextArea text = new TextArea(aboutText());
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(560, 320);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("aboutDialog");
        alert.show();
    }

    static String version() {
        String v = AboutDialog.class.getPackage().getImplementationVersion();
        return v != null ? v : "(development build)";
    }

    static String aboutText() {
        try (InputStream in = AboutDialog.class.getResourceAsStream("about.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${java.version}", System.getProperty("java.version"))
                    .replace("${javafx.version}", System.getProperty("javafx.runtime.version", "?"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
