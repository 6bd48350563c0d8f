#!/usr/bin/env python3
"""Start-up of the packaged app: process start -> first frame painted, median of N cold starts.

    xvfb-run -a -s "-screen 0 1600x1000x24" python3 packaging/measure-startup.py \
        /opt/llm-cost-planner/bin/llm-cost-planner [--runs 5]

Needs a display (DISPLAY set, e.g. by xvfb-run). The first frame is seen without help from the
app: JavaFX's pulse logger (-Djavafx.pulseLogger=true) prints a pulse's report once the render
thread has painted it, so the first "PULSE:" report that rendered marks the first frame. The
process is then killed. The logger adds a little work of its own, equally to every variant.

Also reported: the CPU time (user + system) the process used up to that frame, which varies less
than wall time when other work shares the machine.

Variants, run round-robin so that drift on a shared machine hits each alike:
  appcds   the launcher as installed (AppCDS archive of the app's start-up classes)
  jdk-cds  only the JDK's own class-data archive (the runtime's lib/server/classes.jsa)
  no-cds   class-data sharing off
_JAVA_OPTIONS is read after the launcher's options, so it overrides -XX:SharedArchiveFile.
"""
import argparse
import os
import signal
import statistics
import subprocess
import time

TIMEOUT_S = 60


def first_frame(launcher, extra_options):
    """(wall ms, cpu ms) from process start to the first painted frame."""
    env = dict(os.environ)
    env["JAVA_TOOL_OPTIONS"] = "-Djavafx.pulseLogger=true"
    if extra_options:
        env["_JAVA_OPTIONS"] = extra_options
    start = time.monotonic()
    proc = subprocess.Popen([launcher], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, start_new_session=True)
    wall_ms = None
    deadline = start + TIMEOUT_S
    for line in proc.stdout:
        if line.startswith("PULSE:") and "No Rendering" not in line:
            wall_ms = (time.monotonic() - start) * 1000.0
            break
        if time.monotonic() > deadline:
            break
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    # The jpackage launcher runs the JVM in its own process, so its usage is the app's.
    _, _, usage = os.wait4(proc.pid, 0)
    proc.returncode = -signal.SIGKILL
    if wall_ms is None:
        raise RuntimeError(f"no frame within {TIMEOUT_S} s")
    return wall_ms, (usage.ru_utime + usage.ru_stime) * 1000.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("launcher")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        parser.error("no DISPLAY: run under xvfb-run")
    image = os.path.dirname(os.path.dirname(os.path.realpath(args.launcher)))
    jdk_archive = os.path.join(image, "lib", "runtime", "lib", "server", "classes.jsa")
    variants = {
        "appcds": "",
        "jdk-cds": f"-XX:SharedArchiveFile={jdk_archive}",
        "no-cds": "-Xshare:off",
    }
    first_frame(args.launcher, "")  # warm the OS file cache; not counted
    results = {name: [] for name in variants}
    for _ in range(args.runs):
        for name, options in variants.items():
            results[name].append(first_frame(args.launcher, options))
    for name, values in results.items():
        wall = [w for w, _ in values]
        cpu = [c for _, c in values]
        runs = " ".join(f"{v:.0f}" for v in wall)
        print(f"{name:8} first frame median {statistics.median(wall):5.0f} ms"
              f" (cpu {statistics.median(cpu):5.0f} ms)   wall runs: {runs}")


if __name__ == "__main__":
    main()
