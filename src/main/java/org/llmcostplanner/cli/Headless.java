package org.llmcostplanner.cli;

/** Chart exports draw with AWT; a command line never needs a display, even when one is there. */
final class Headless {

    private Headless() {
    }

    static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
