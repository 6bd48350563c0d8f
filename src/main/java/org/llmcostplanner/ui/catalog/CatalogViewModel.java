package org.llmcostplanner.ui.catalog;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.llmcostplanner.catalog.ApiModelPrice;
import org.llmcostplanner.catalog.BuiltInCatalog;
import org.llmcostplanner.catalog.Catalog;
import org.llmcostplanner.catalog.CatalogEntry;
import org.llmcostplanner.catalog.GpuOffer;
import org.llmcostplanner.catalog.LiteLlmImport;
import org.llmcostplanner.catalog.LiteLlmImporter;
import org.llmcostplanner.catalog.UserCatalogStore;
import org.llmcostplanner.ui.PlannerViewModel;

/**
 * The Prices tab: built-in and user entries with their age, a filter, filling the scenario from an
 * entry, the user's own entries (add, edit, delete) and LiteLLM imports. "Today" is a property, not
 * the clock, so ages are testable. The store is used on {@code io} only (it is single-threaded and
 * saves with fsync); results come back on {@code fx}.
 */
public final class CatalogViewModel {

    public enum KindFilter {
        ALL("All entries"), API("API models"), GPU("GPU offers");

        private final String text;

        KindFilter(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private final PlannerViewModel planner;
    private final UserCatalogStore store;
    private final Executor io;
    private final Executor fx;
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>(this, "today");
    private final ObjectProperty<KindFilter> kindFilter = new SimpleObjectProperty<>(this, "kindFilter", KindFilter.ALL);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObservableList<CatalogRow> rows = FXCollections.observableArrayList();
    private final FilteredList<CatalogRow> shown = new FilteredList<>(rows);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError");
    private final EntryForm form = new EntryForm();
    /** The user entry the form edits; null while adding a new one. */
    private final ReadOnlyObjectWrapper<CatalogEntry> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    private final ReadOnlyBooleanWrapper formOpen = new ReadOnlyBooleanWrapper(this, "formOpen");
    private List<CatalogEntry> userEntries;

    public CatalogViewModel(PlannerViewModel planner, UserCatalogStore store, LocalDate today, Executor io,
                            Executor fx) {
        this.planner = planner;
        this.store = store;
        this.io = io;
        this.fx = fx;
        this.userEntries = store.entries();
        this.today.set(today);
        this.today.addListener((obs, old, now) -> rebuild());
        kindFilter.addListener((obs, old, now) -> refilter());
        filterText.addListener((obs, old, now) -> refilter());
        rebuild();
        if (!store.problems().isEmpty()) {
            error("Some of your entries could not be read and were left out: " + String.join("; ", store.problems()));
        }
    }

    public ObservableList<CatalogRow> shownRows() {
        return shown;
    }

    /** The day ages are counted to. */
    public ObjectProperty<LocalDate> todayProperty() {
        return today;
    }

    public ObjectProperty<KindFilter> kindFilterProperty() {
        return kindFilter;
    }

    /** Matches name, provider or source, ignoring case. */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public EntryForm form() {
        return form;
    }

    public ReadOnlyBooleanProperty formOpenProperty() {
        return formOpen.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CatalogEntry> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** Fills the scenario's API prices and model label from an API entry, as one edit. */
    public void useForApi(CatalogRow row) {
        if (row == null) {
            return; // nothing selected
        }
        if (!(row.entry() instanceof ApiModelPrice)) {
            error("\"" + row.name() + "\" is a GPU offer; use it for the GPU.");
            return;
        }
        apply(row, "API prices");
    }

    /** Fills the scenario's GPU rate (hourly and flat monthly) and GPU label from a GPU offer, as one edit. */
    public void useForGpu(CatalogRow row) {
        if (row == null) {
            return; // nothing selected
        }
        if (!(row.entry() instanceof GpuOffer)) {
            error("\"" + row.name() + "\" is an API model; use it for the API.");
            return;
        }
        apply(row, "GPU rate");
    }

    private void apply(CatalogRow row, String what) {
        planner.applyEdit(row.entry().applyTo(planner.scenario()));
        info("Filled the " + what + " from \"" + row.name() + "\" (" + row.checkedText().replace("\u26a0 ", "")
                + (row.stale() ? " \u2014 an old price, check it" : "") + ").");
    }

    public void startAdd(EntryForm.Kind kind) {
        form.clear(kind, today.get());
        editing.set(null);
        formOpen.set(true);
    }

    /** Opens the form on one of the user's entries; built-in entries cannot be edited (add your own instead). */
    public void startEdit(CatalogRow row) {
        if (row == null) {
            return; // nothing selected
        }
        if (!row.user()) {
            form.fill(row.entry());
            editing.set(null);
            formOpen.set(true);
            info("Built-in prices cannot be changed; saving adds your own entry, which overrides it when the name stays.");
            return;
        }
        form.fill(row.entry());
        editing.set(row.entry());
        formOpen.set(true);
    }

    public void cancelForm() {
        formOpen.set(false);
        editing.set(null);
    }

    /** Saves the form as a new or edited user entry; completes with false (and a message naming the field) when refused. */
    public CompletableFuture<Boolean> saveForm() {
        CatalogEntry old = editing.get();
        CatalogEntry entry;
        try {
            entry = form.build(old);
        } catch (EntryForm.FormException e) {
            error(e.getMessage());
            return CompletableFuture.completedFuture(false);
        }
        boolean overridesBuiltIn = old == null && userEntries.stream().noneMatch(u -> sameName(u, entry))
                && rows.stream().anyMatch(r -> !r.user() && sameName(r.entry(), entry));
        return onStore(() -> {
            if (old == null) {
                if (store.entries().stream().anyMatch(u -> sameName(u, entry))) {
                    throw new IllegalArgumentException(EntryForm.label("name") + ": you already have an entry named \""
                            + entry.name() + "\"; edit that one instead");
                }
                store.add(entry);
            } else {
                store.replace(old.name(), entry);
            }
            return (old == null ? "Added" : "Saved") + " \"" + entry.name() + "\""
                    + (overridesBuiltIn ? "; it overrides the built-in price of that name." : ".");
        }).thenApply(ok -> {
            if (ok) {
                formOpen.set(false);
                editing.set(null);
            }
            return ok;
        });
    }

    public CompletableFuture<Boolean> delete(CatalogRow row) {
        if (row == null) {
            return CompletableFuture.completedFuture(false);
        }
        if (!row.user()) {
            error("\"" + row.name() + "\" is built in and cannot be deleted.");
            return CompletableFuture.completedFuture(false);
        }
        return onStore(() -> {
            store.delete(row.name());
            return "Deleted \"" + row.name() + "\".";
        });
    }

    /** Imports a LiteLLM price file into the user's entries (same names are refreshed); says what was skipped. */
    public CompletableFuture<Boolean> importLiteLlm(Path file) {
        LocalDate date = today.get();
        return onStore(() -> {
            LiteLlmImport result = new LiteLlmImporter().importFile(file, date);
            store.putAll(result.entries());
            return result.summary();
        });
    }

    /** A unit of work on the store, off the FX thread; its message or failure is shown after. */
    private interface StoreWork {
        String run() throws Exception;
    }

    private CompletableFuture<Boolean> onStore(StoreWork work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                String done = work.run();
                return new Done(done, store.entries());
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, io).handleAsync((done, failure) -> {
            if (failure != null) {
                Throwable t = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                error(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
                return false;
            }
            userEntries = done.entries();
            rebuild();
            info(done.message());
            return true;
        }, fx);
    }

    private record Done(String message, List<CatalogEntry> entries) {
    }

    private void rebuild() {
        LocalDate day = today.get();
        List<CatalogRow> next = new ArrayList<>();
        for (CatalogEntry e : Catalog.merge(BuiltInCatalog.get(), userEntries).entries()) {
            boolean user = userEntries.stream().anyMatch(u -> u == e);
            next.add(CatalogRow.of(e, user, day));
        }
        rows.setAll(next);
        refilter();
    }

    private void refilter() {
        KindFilter kind = kindFilter.get();
        String text = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(r -> (kind == KindFilter.ALL || (kind == KindFilter.API) == r.isApi())
                && (text.isEmpty() || contains(r.name(), text) || contains(r.provider(), text)
                || contains(r.source(), text)));
    }

    private static boolean contains(String haystack, String lowerNeedle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(lowerNeedle);
    }

    private static boolean sameName(CatalogEntry a, CatalogEntry b) {
        return a.name().strip().equalsIgnoreCase(b.name().strip());
    }

    private void info(String text) {
        messageIsError.set(false);
        message.set(text);
    }

    private void error(String text) {
        messageIsError.set(true);
        message.set(text);
    }
}
