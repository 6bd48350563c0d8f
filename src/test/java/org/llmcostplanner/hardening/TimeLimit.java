package org.llmcostplanner.hardening;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one fuzz input on a worker thread with a time limit: a hang guard, not a timing assert.
 * A hanging input fails the property (the stuck daemon thread is abandoned); anything the input
 * throws is rethrown as it was.
 */
final class TimeLimit {

    static final long SECONDS = 2;

    private static ExecutorService worker = newWorker();

    private TimeLimit() {
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-input");
            t.setDaemon(true);
            return t;
        });
    }

    static synchronized <T> T run(String what, Callable<T> input) throws Exception {
        Future<T> future = worker.submit(input);
        try {
            return future.get(SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            worker = newWorker(); // the old thread may be stuck for good
            throw new AssertionError("no result within " + SECONDS + " s (a hang?) for: " + what);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
