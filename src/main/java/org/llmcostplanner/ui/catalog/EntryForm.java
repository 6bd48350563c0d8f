package org.llmcostplanner.ui.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.OptionalDouble;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.llmcostplanner.catalog.ApiModelPrice;
import org.llmcostplanner.catalog.CatalogEntry;
import org.llmcostplanner.catalog.Confidence;
import org.llmcostplanner.catalog.GpuOffer;
import org.llmcostplanner.catalog.InvalidEntryException;
import org.llmcostplanner.ui.NumberText;

/**
 * The text of the "your entry" form and how it becomes a catalog entry. The rules are the
 * catalog's own (its records check prices against the model's InputField ranges); this class only
 * parses text and words problems with the field's label, e.g. "Input price (USD per MTok): −3 is
 * out of range; allowed ≥ 0".
 */
public final class EntryForm {

    public enum Kind { API, GPU }

    /** Labels shown on the form, by the catalog's JSON field names that its errors use. */
    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("name", "Name"),
            Map.entry("provider", "Provider"),
            Map.entry("inputPricePerMTok", "Input price (USD per MTok)"),
            Map.entry("outputPricePerMTok", "Output price (USD per MTok)"),
            Map.entry("cachedInputPricePerMTok", "Cached input price (USD per MTok)"),
            Map.entry("batchDiscount", "Batch discount"),
            Map.entry("hourlyRate", "Hourly rate (USD per instance-hour)"),
            Map.entry("memoryGb", "Memory per GPU (GB)"),
            Map.entry("gpuCount", "GPUs in the instance"),
            Map.entry("source", "Source"),
            Map.entry("checked", "Checked (YYYY-MM-DD)"),
            Map.entry("confidence", "Confidence"));

    /** A form value that cannot be used; {@link #field()} is the JSON field name. */
    public static final class FormException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String field;

        FormException(String field, String problem) {
            super(label(field) + ": " + problem);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.API);
    final StringProperty name = new SimpleStringProperty(this, "name", "");
    final StringProperty provider = new SimpleStringProperty(this, "provider", "");
    final StringProperty inputPrice = new SimpleStringProperty(this, "inputPricePerMTok", "");
    final StringProperty outputPrice = new SimpleStringProperty(this, "outputPricePerMTok", "");
    final StringProperty cachedPrice = new SimpleStringProperty(this, "cachedInputPricePerMTok", "");
    final StringProperty hourlyRate = new SimpleStringProperty(this, "hourlyRate", "");
    final StringProperty memoryGb = new SimpleStringProperty(this, "memoryGb", "");
    final StringProperty gpuCount = new SimpleStringProperty(this, "gpuCount", "1");
    final StringProperty source = new SimpleStringProperty(this, "source", "");
    final StringProperty checked = new SimpleStringProperty(this, "checked", "");
    final ObjectProperty<Confidence> confidence = new SimpleObjectProperty<>(this, "confidence", Confidence.SOLID);
    final StringProperty note = new SimpleStringProperty(this, "note", "");

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    /** The text property of the field with this JSON name, for views and tests. */
    public StringProperty text(String field) {
        return switch (field) {
            case "name" -> name;
            case "provider" -> provider;
            case "inputPricePerMTok" -> inputPrice;
            case "outputPricePerMTok" -> outputPrice;
            case "cachedInputPricePerMTok" -> cachedPrice;
            case "hourlyRate" -> hourlyRate;
            case "memoryGb" -> memoryGb;
            case "gpuCount" -> gpuCount;
            case "source" -> source;
            case "checked" -> checked;
            case "note" -> note;
            default -> throw new IllegalArgumentException(field);
        };
    }

    public ObjectProperty<Confidence> confidenceProperty() {
        return confidence;
    }

    /** Empties the form for a new entry of {@code k}, checked {@code today}. */
    void clear(Kind k, LocalDate today) {
        kind.set(k);
        for (String f : new String[] {"name", "provider", "inputPricePerMTok", "outputPricePerMTok",
                "cachedInputPricePerMTok", "hourlyRate", "memoryGb", "source", "note"}) {
            text(f).set("");
        }
        gpuCount.set("1");
        checked.set(today.toString());
        confidence.set(Confidence.SOLID);
    }

    /** Fills the form from an entry, to edit it. */
    void fill(CatalogEntry e) {
        clear(e instanceof ApiModelPrice ? Kind.API : Kind.GPU, e.checked());
        name.set(e.name());
        provider.set(e.provider());
        source.set(e.source());
        confidence.set(e.confidence());
        note.set(e.note() == null ? "" : e.note());
        if (e instanceof ApiModelPrice a) {
            inputPrice.set(NumberText.format(a.inputPricePerMTok(), 12));
            outputPrice.set(NumberText.format(a.outputPricePerMTok(), 12));
            cachedPrice.set(a.cachedInputPricePerMTok() == null ? "" : NumberText.format(a.cachedInputPricePerMTok(), 12));
        } else if (e instanceof GpuOffer g) {
            hourlyRate.set(NumberText.format(g.hourlyRate(), 12));
            memoryGb.set(NumberText.format(g.memoryGb(), 12));
            gpuCount.set(Integer.toString(g.gpuCount()));
        }
    }

    /**
     * The entry the form describes. Keeps what the form does not show (batch prices) from
     * {@code editing}, the entry being edited, or null for a new one.
     */
    CatalogEntry build(CatalogEntry editing) throws FormException {
        LocalDate date = date();
        try {
            if (kind.get() == Kind.API) {
                ApiModelPrice old = editing instanceof ApiModelPrice a ? a : null;
                return new ApiModelPrice(name.get(), provider.get(), number("inputPricePerMTok"),
                        number("outputPricePerMTok"), optionalNumber("cachedInputPricePerMTok"),
                        old == null ? null : old.batchInputPricePerMTok(),
                        old == null ? null : old.batchOutputPricePerMTok(),
                        old == null ? null : old.batchDiscount(),
                        source.get(), date, confidence.get(), note.get());
            }
            double count = number("gpuCount");
            if (count != Math.rint(count) || count < 1 || count > 1024) {
                throw new FormException("gpuCount", NumberText.format(count) + " is not allowed; use a whole number 1 … 1024");
            }
            return new GpuOffer(name.get(), provider.get(), number("hourlyRate"), number("memoryGb"), (int) count,
                    source.get(), date, confidence.get(), note.get());
        } catch (InvalidEntryException e) {
            throw new FormException(e.field(), e.problem());
        }
    }

    private LocalDate date() throws FormException {
        String text = checked.get() == null ? "" : checked.get().strip();
        if (text.isEmpty()) {
            throw new FormException("checked", "must not be empty; use a date like 2026-05-28");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new FormException("checked", "\"" + text + "\" is not a date like 2026-05-28");
        }
    }

    private double number(String field) throws FormException {
        String text = text(field).get();
        if (text == null || text.isBlank()) {
            throw new FormException(field, "must not be empty");
        }
        OptionalDouble v = NumberText.parse(text);
        if (v.isEmpty()) {
            throw new FormException(field, "\"" + text.strip() + "\" is not a number");
        }
        return v.getAsDouble();
    }

    private Double optionalNumber(String field) throws FormException {
        String text = text(field).get();
        return text == null || text.isBlank() ? null : number(field);
    }

    static String label(String field) {
        return LABELS.getOrDefault(field, field);
    }
}
