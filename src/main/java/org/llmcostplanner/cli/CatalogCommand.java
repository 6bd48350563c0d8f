package org.llmcostplanner.cli;

import org.llmcostplanner.catalog.BuiltInCatalog;
import org.llmcostplanner.catalog.CatalogEntry;
import org.llmcostplanner.catalog.CatalogJson;
import org.llmcostplanner.catalog.UserCatalogStore;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * {@code catalog}: prints the price catalog (built-in entries, overridden and extended by the
 * user's own) as a JSON array; see docs/catalog.md for the entry fields.
 */
final class CatalogCommand implements Command {

    static final String ONLY = "--only";
    private static final String BUILTIN = "builtin";
    private static final String USER = "user";

    @Override
    public String name() {
        return "catalog";
    }

    @Override
    public List<String> usage() {
        return List.of("catalog [--only builtin|user]");
    }

    @Override
    public String summary() {
        return "print the price catalog (API models and GPU offers) as JSON";
    }

    @Override
    public void run(List<String> args, PrintStream out) throws CliException {
        ParsedArgs parsed = ParsedArgs.parse(name(), args, Set.of(ONLY));
        if (!parsed.positionals().isEmpty()) {
            throw new CliException(name() + ": unexpected argument \"" + parsed.positionals().get(0) + "\"");
        }
        String only = parsed.option(ONLY);
        if (only != null && !only.equals(BUILTIN) && !only.equals(USER)) {
            throw new CliException(name() + ": " + ONLY + ": \"" + only + "\" is unknown; allowed: builtin, user");
        }
        out.println(CatalogJson.toJsonArray(entries(only)));
    }

    private List<CatalogEntry> entries(String only) throws CliException {
        if (BUILTIN.equals(only)) {
            return BuiltInCatalog.get().entries();
        }
        UserCatalogStore store = UserCatalogStore.open();
        if (!store.problems().isEmpty()) {
            // A damaged user file is bad input: say where, and how to get the built-in catalog anyway.
            throw new CliException(name() + ": " + store.problems().get(0)
                    + (store.problems().size() > 1 ? " (and " + (store.problems().size() - 1) + " more)" : "")
                    + "; use " + ONLY + " " + BUILTIN + " for the built-in catalog");
        }
        return USER.equals(only) ? store.entries() : store.withBuiltIns().entries();
    }
}
