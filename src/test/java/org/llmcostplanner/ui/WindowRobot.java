package org.llmcostplanner.ui;

import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the window tests do as a user would, shared so each test class need not keep its own copy. */
public final class WindowRobot {

    private WindowRobot() {
    }

    /** Clicks the field, selects its text, types {@code text} and Enter, and waits for the FX thread. */
    public static void replaceText(FxRobot robot, String fieldQuery, String text) {
        TextField field = robot.lookup(fieldQuery).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Selects the window's tab titled {@code name} from the test thread and waits until it is shown. */
    public static void showTab(FxRobot robot, String name) {
        Node root = robot.lookup("#viewTabs").query().getScene().getRoot();
        robot.interact(() -> selectTab(root, name));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The same on the FX thread (e.g. inside a reset block): selects the tab titled {@code name}. */
    public static void selectTab(Node root, String name) {
        TabPane tabs = (TabPane) root.lookup("#viewTabs");
        tabs.getSelectionModel().select(
                tabs.getTabs().stream().filter(t -> t.getText().equals(name)).findFirst().orElseThrow());
    }
}
