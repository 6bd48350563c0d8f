#!/usr/bin/env bash
# One command for the start-up table (docs/packaging.md, "Start-up"): the installed app and
# `java -jar target/llm-cost-planner.jar`, median of 5 cold starts each, under a fresh Xvfb.
#
#   packaging/measure-startup.sh                      installed launcher + jar, as they are
#   packaging/measure-startup.sh --runs 9             more runs
#   packaging/measure-startup.sh --variant no-cds=-Xshare:off --variant c1=-XX:TieredStopAtLevel=1
#
# Arguments go to packaging/measure-startup.py (see its --help). Prints a Markdown table with the
# load average; on a shared machine compare only rows measured in the same call.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "# $(date -u +%FT%TZ) $(uptime)"
exec xvfb-run -a -s "-screen 0 1600x1000x24" python3 packaging/measure-startup.py "$@"
