#!/usr/bin/env bash
# AppCDS for the Linux application image (called by packaging/build.sh):
#
#   packaging/cds-train.sh IMAGE_DIR NAME
#
# 1. A training run of the packaged app, with the image's own runtime, class path and options,
#    records the classes of a real start-up (-XX:DumpLoadedClassList) in lib/app/NAME.classlist.
#    It starts the app with no arguments (the window) and the system property
#    llmcostplanner.exitAfterFirstFrame=true, so the app exits by itself after its first frame.
#    The export of com.sun.javafx.perf lets ui.StartupProbe wait for the frame to be painted
#    (without it, it exits at the end of the pulse, before the render thread has painted: the
#    ~120 Prism classes of the first paint were then missing from the archive).
#    It needs a display: without one it runs under xvfb-run. A run still going after
#    CDS_TRAINING_TIMEOUT seconds is stopped; the class list written so far is kept.
# 2. lib/cds-dump.sh (packaging/linux/cds-dump.sh) turns the list into lib/app/NAME.jsa for the
#    image's current place; the .deb's postinst runs it again under /opt, because an archive
#    holds absolute class-path names (JDK 17 cannot relocate it).
# 3. The launcher config names the archive: -XX:SharedArchiveFile=$APPDIR/NAME.jsa.
set -euo pipefail

IMAGE=${1:?image dir}
NAME=${2:?name}
APP="$IMAGE/lib/app"
CFG="$APP/$NAME.cfg"
LIST="$APP/$NAME.classlist"
abs_app=$(cd "$APP" && pwd)

# Class path and JVM options exactly as the launcher builds them from the .cfg file.
CP=$(sed -n 's/^app\.classpath=//p' "$CFG" | sed "s|\\\$APPDIR|$abs_app|" | paste -sd: -)
MAIN=$(sed -n 's/^app\.mainclass=//p' "$CFG")
OPTS=()
while IFS= read -r opt; do OPTS+=("${opt//\$APPDIR/$abs_app}"); done < <(sed -n 's/^java-options=//p' "$CFG")

RUN=()
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || {
    echo "[cds] no DISPLAY and no xvfb-run (apt-get install xvfb): image without AppCDS" >&2
    exit 0
  }
  RUN=(xvfb-run -a -s "-screen 0 1600x1000x24")
fi
rm -f "$LIST"
start=$SECONDS
set +e
"${RUN[@]}" timeout -s TERM "${CDS_TRAINING_TIMEOUT:-60}" "$IMAGE/lib/runtime/bin/java" \
  "-XX:DumpLoadedClassList=$LIST" "${OPTS[@]}" \
  -Dllmcostplanner.exitAfterFirstFrame=true \
  --add-exports=javafx.graphics/com.sun.javafx.perf=ALL-UNNAMED -cp "$CP" "$MAIN"
status=$?
set -e
echo "[cds] training run: exit status $status after $((SECONDS - start)) s," \
  "$(grep -vc '^#' "$LIST" 2>/dev/null || echo 0) classes listed"
if [ ! -s "$LIST" ]; then
  echo "[cds] no class list recorded: image without AppCDS" >&2
  exit 0
fi

install -m 755 "$(dirname "$0")/linux/cds-dump.sh" "$IMAGE/lib/cds-dump.sh"
awk -v opt="java-options=-XX:SharedArchiveFile=\$APPDIR/$NAME.jsa" \
  '{ print } /^\[JavaOptions\]/ { print opt }' "$CFG" > "$CFG.new" && mv "$CFG.new" "$CFG"
"$IMAGE/lib/cds-dump.sh"
