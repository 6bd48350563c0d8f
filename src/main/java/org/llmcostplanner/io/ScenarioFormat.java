package org.llmcostplanner.io;

import org.llmcostplanner.model.InputField;

import java.util.ArrayList;
import java.util.List;

/**
 * The names of the scenario file format that are not numeric inputs. The numeric fields are not
 * listed here: they are {@link InputField#jsonName()} in {@link InputField#section()}; the v2
 * sections' own keys are in {@link PresentationSection}, {@link RangesSection} and
 * {@link DeploymentSection}.
 */
final class ScenarioFormat {

    static final String FORMAT_KEY = "format";
    static final String VERSION_KEY = "version";
    static final String NAME_KEY = "name";
    static final String NOTES_KEY = "notes";

    /** The value of "format" that marks a scenario file. */
    static final String FORMAT = "llm-cost-planner.scenario";
    /** The newest version this code reads and the one it writes. */
    static final int VERSION = 2;
    /** The oldest version this code reads (migrated on load: it has no v2 sections). */
    static final int OLDEST_VERSION = 1;

    /** Text labels and choices inside sections. */
    static final String MODEL_KEY = "model";
    static final String GPU_KEY = "gpu";
    static final String BILLING_KEY = "billing";

    private ScenarioFormat() {
    }

    /** Every key allowed at the top level, in the order files are written. */
    static List<String> topLevelKeys() {
        List<String> keys = new ArrayList<>(List.of(FORMAT_KEY, VERSION_KEY, NAME_KEY, NOTES_KEY));
        for (InputField.Section s : InputField.Section.values()) {
            keys.add(s.jsonName());
        }
        keys.addAll(versionTwoKeys());
        return keys;
    }

    /** The optional top-level sections added by version 2, in the order files are written. */
    static List<String> versionTwoKeys() {
        return List.of(PresentationSection.KEY, RangesSection.KEY, DeploymentSection.KEY);
    }

    /** The non-numeric keys a section allows, in the order they are written (before the numbers). */
    static List<String> textKeys(InputField.Section section) {
        switch (section) {
            case API:
                return List.of(MODEL_KEY);
            case SELF_HOST:
                return List.of(MODEL_KEY, GPU_KEY, BILLING_KEY);
            default:
                return List.of();
        }
    }

    /** Every key a section allows: its text keys, then its numeric inputs in enum order. */
    static List<String> sectionKeys(InputField.Section section) {
        List<String> keys = new ArrayList<>(textKeys(section));
        for (InputField f : InputField.values()) {
            if (f.section() == section) {
                keys.add(f.jsonName());
            }
        }
        return keys;
    }

    static InputField.Section sectionByJsonName(String name) {
        for (InputField.Section s : InputField.Section.values()) {
            if (s.jsonName().equals(name)) {
                return s;
            }
        }
        return null;
    }

    static InputField field(InputField.Section section, String jsonName) {
        for (InputField f : InputField.values()) {
            if (f.section() == section && f.jsonName().equals(jsonName)) {
                return f;
            }
        }
        return null;
    }
}
