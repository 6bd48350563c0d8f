/**
 * Benchmark code that needs the bench profile's own dependencies (JMH): compiled only
 * with {@code -Pbench} (see pom.xml, {@code bench.deps.excludes}), reached by the suite by name.
 */
package org.llmcostplanner.bench.benchdeps;
