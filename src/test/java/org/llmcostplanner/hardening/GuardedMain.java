package org.llmcostplanner.hardening;

import org.llmcostplanner.cli.Cli;
import org.llmcostplanner.io.ScenarioFile;

import java.io.ByteArrayOutputStream;
import java.io.FilePermission;
import java.io.PrintStream;
import java.net.SocketPermission;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Permission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Child process for the security tests: runs planner actions under a security manager that
 * denies and records every network permission (connect, resolve, listen, accept) and records
 * every file write or delete, then prints what it saw, one line each:
 * {@code RUN i STATUS s}, {@code SOCKET i name actions}, {@code WRITE i path}.
 *
 * <p>Actions are separated by "::"; each is CLI arguments, {@code save SRC DST} (load SRC,
 * save it to DST through the real atomic writer), or {@code probe-network} (the guard's
 * self-check: a connect and a name lookup that the guard must see and stop).
 */
public final class GuardedMain {

    private GuardedMain() {
    }

    /** Denies the network, records writes, allows everything else. */
    public static final class Guard extends SecurityManager {
        public final List<String> events = Collections.synchronizedList(new ArrayList<>());
        public volatile int run;

        @Override
        public void checkPermission(Permission p) {
            inspect(p);
        }

        @Override
        public void checkPermission(Permission p, Object context) {
            inspect(p);
        }

        private void inspect(Permission p) {
            if (p instanceof SocketPermission) {
                events.add("SOCKET " + run + " " + p.getName() + " " + p.getActions());
                throw new SecurityException("network access denied: " + p);
            }
            if (p instanceof FilePermission && (p.getActions().contains("write") || p.getActions().contains("delete"))) {
                events.add("WRITE " + run + " " + p.getName());
            }
        }
    }

    public static void main(String[] args) throws Exception {
        List<List<String>> actions = split(args);
        Guard guard = new Guard();
        try {
            System.setSecurityManager(guard);
        } catch (UnsupportedOperationException e) {
            System.out.println("NO_SECURITY_MANAGER");
            return;
        }
        List<String> results = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            guard.run = i;
            results.add("RUN " + i + " STATUS " + perform(actions.get(i)));
        }
        PrintStream out = System.out;
        results.forEach(out::println);
        synchronized (guard.events) {
            guard.events.forEach(out::println);
        }
        out.flush();
    }

    private static int perform(List<String> action) {
        if (!action.isEmpty() && action.get(0).equals("probe-network")) {
            // The guard's self-check: these attempts must show up as SOCKET lines.
            try (java.net.Socket s = new java.net.Socket("127.0.0.1", 9)) {
                return 1;
            } catch (Exception e) {
                try {
                    java.net.InetAddress.getByName("example.com");
                    return 1;
                } catch (Exception again) {
                    return 0;
                }
            }
        }
        if (!action.isEmpty() && action.get(0).equals("save")) {
            try {
                ScenarioFile.save(ScenarioFile.load(Path.of(action.get(1))), Path.of(action.get(2)));
                return 0;
            } catch (Exception e) {
                return 3;
            }
        }
        // Output is kept in memory: only what the planner itself does is under test.
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(sink, true, StandardCharsets.UTF_8);
             PrintStream err = new PrintStream(sink, true, StandardCharsets.UTF_8)) {
            return Cli.run(action.toArray(String[]::new), out, err);
        }
    }

    private static List<List<String>> split(String[] args) {
        List<List<String>> actions = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String a : Arrays.asList(args)) {
            if (a.equals("::")) {
                actions.add(current);
                current = new ArrayList<>();
            } else {
                current.add(a);
            }
        }
        actions.add(current);
        return actions;
    }
}
