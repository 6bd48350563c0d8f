#!/usr/bin/env python3
"""Start-up of the planner: process start -> first frame with every chart drawn, median of N.

    packaging/measure-startup.sh                      (the one command: xvfb, defaults below)
    xvfb-run -a -s "-screen 0 1600x1000x24" python3 packaging/measure-startup.py \\
        [--launcher /opt/llm-cost-planner/bin/llm-cost-planner] [--jar target/llm-cost-planner.jar] \\
        [--runs 5] [--variant NAME='JVM OPTIONS' ...] [--only-variants]

Needs a display (DISPLAY set, e.g. by xvfb-run). The app reports its own first frame: with
-Dllmcostplanner.exitAfterFirstFrame=true, ui.StartupProbe prints
`llmcostplanner.firstFrameMs=<ms>` once the first frame painted after every chart has drawn is
on screen, and exits; the time counts from -Dllmcostplanner.launchedAtMillis, the wall clock
taken here just before the process starts. This is the same probe and the same definition as the
bench suite's startupMs / packagedStartupMs. Also reported: the CPU time (user + system) of the
process (to its exit right after that frame), which varies less than wall time when other work
shares the machine, and the load average (1 min) when each round started.

Targets: the installed (or image) launcher, started as the menu entry starts it, and
`java -jar target/llm-cost-planner.jar` with the `java` on PATH. Variants add JVM options through
_JAVA_OPTIONS, which the JVM reads after the launcher's own options (so it can override them,
e.g. -XX:SharedArchiveFile). "as-is" (no extra option) is always measured unless --only-variants.
All (target, variant) pairs run round-robin, so drift on a shared machine hits each alike; one
untimed run of each target first warms the OS file cache.
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import time

TIMEOUT_S = 90
REPORT_KEY = "llmcostplanner.firstFrameMs="
# The probe sees the painted frame through com.sun.javafx.perf.PerformanceTracker. In the packaged
# runtime JavaFX is a set of named modules, so that package must be exported to the class path
# (under java -jar JavaFX is on the class path and needs nothing).
PACKAGED_PROBE_OPTIONS = "--add-exports=javafx.graphics/com.sun.javafx.perf=ALL-UNNAMED"


def run_once(command, tool_options, extra_options):
    """(wall ms by the app's probe, cpu ms) of one cold start."""
    env = dict(os.environ)
    launched = int(time.time() * 1000)
    env["JAVA_TOOL_OPTIONS"] = " ".join(
        filter(None, [tool_options, "-Dllmcostplanner.exitAfterFirstFrame=true",
                      f"-Dllmcostplanner.launchedAtMillis={launched}"]))
    env.pop("_JAVA_OPTIONS", None)
    if extra_options:
        env["_JAVA_OPTIONS"] = extra_options
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True, start_new_session=True)
    wall_ms = None
    try:
        out, _ = proc.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)
        proc.communicate()
        raise RuntimeError(f"{command[0]}: no first frame within {TIMEOUT_S} s")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    for line in out.splitlines():
        if line.startswith(REPORT_KEY):
            wall_ms = float(line[len(REPORT_KEY):])
    if wall_ms is None:
        raise RuntimeError(f"{command[0]} exited {proc.returncode} without reporting a frame")
    cpu_ms = ((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)) * 1000.0
    return wall_ms, cpu_ms


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--launcher", action="append", default=None,
                        help="packaged launcher, repeatable (default the installed one,"
                             " /opt/llm-cost-planner/bin/llm-cost-planner; '' to skip)")
    parser.add_argument("--jar", action="append", default=None,
                        help="app jar, repeatable (default target/llm-cost-planner.jar; '' to skip)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--variant", action="append", default=[], metavar="NAME=OPTIONS",
                        help="also measure with these JVM options (_JAVA_OPTIONS); repeatable")
    parser.add_argument("--only-variants", action="store_true", help="skip the as-is variant")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        parser.error("no DISPLAY: run under xvfb-run (or use packaging/measure-startup.sh)")

    targets = []
    launchers = [x for x in (args.launcher or ["/opt/llm-cost-planner/bin/llm-cost-planner"]) if x]
    for launcher in launchers:
        if not os.access(launcher, os.X_OK):
            parser.error(f"no launcher at {launcher} (install the .deb, or --launcher '')")
        label = "installed" if launcher.startswith("/opt/") else "image"
        if len(launchers) > 1:
            label += " " + os.path.dirname(os.path.dirname(launcher))
        targets.append((label, [launcher], PACKAGED_PROBE_OPTIONS))
    jars = [j for j in (args.jar or ["target/llm-cost-planner.jar"]) if j]
    for jar in jars:
        if not os.path.isfile(jar):
            parser.error(f"no jar at {jar} (mvn -B package -DskipTests, or --jar '')")
        label = "java -jar" if len(jars) == 1 else f"java -jar {os.path.basename(jar)}"
        targets.append((label, ["java", "-jar", jar], ""))
    variants = [] if args.only_variants else [("as-is", "")]
    for v in args.variant:
        name, _, options = v.partition("=")
        variants.append((name, options))

    for _, command, tool in targets:
        run_once(command, tool, "")  # warms the OS file cache; not counted
    results = {(t[0], v[0]): [] for t in targets for v in variants}
    loads = []
    for _ in range(args.runs):
        loads.append(os.getloadavg()[0])
        for target, command, tool in targets:
            for name, options in variants:
                results[(target, name)].append(run_once(command, tool, options))

    load = f"{min(loads):.1f}-{max(loads):.1f}"
    print(f"| target | variant | first frame, median ms | CPU ms, median | wall runs ms | load (1 min) |")
    print(f"| --- | --- | --- | --- | --- | --- |")
    for (target, name), values in results.items():
        wall = [w for w, _ in values]
        cpu = [c for _, c in values]
        runs = " ".join(f"{v:.0f}" for v in wall)
        print(f"| {target} | {name} | {statistics.median(wall):.0f} | {statistics.median(cpu):.0f}"
              f" | {runs} | {load} |")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
