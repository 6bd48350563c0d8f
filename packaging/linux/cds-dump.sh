#!/bin/sh
# Writes the AppCDS archive lib/app/llm-cost-planner.jsa of this application image for the place
# the image is in now. Shipped in the image as lib/cds-dump.sh and run by the .deb's postinst
# (and by packaging/cds-train.sh at build time): a class-data archive holds the absolute names of
# the class-path jars, so an archive made in the build tree would not be used under /opt.
#
# It archives the classes listed in lib/app/llm-cost-planner.classlist (recorded from a real
# start-up of the app at build time) with the launcher's own class path and options. No display
# and no app code run here. If the dump fails, the JDK's default archive is put in its place:
# the launcher names the .jsa file, and a missing one would turn off class sharing entirely.
set -eu

NAME=llm-cost-planner
IMAGE=$(cd "$(dirname "$0")/.." && pwd)
APP=$IMAGE/lib/app
JAVA=$IMAGE/lib/runtime/bin/java
CFG=$APP/$NAME.cfg
JSA=$APP/$NAME.jsa

CP=$(sed -n 's/^app\.classpath=//p' "$CFG" | sed "s|\$APPDIR|$APP|" | paste -sd: -)
# The launcher's options (none has a space) minus the archive itself.
OPTS=$(sed -n 's/^java-options=//p' "$CFG" | grep -v 'SharedArchiveFile' | sed "s|\$APPDIR|$APP|g")

rm -f "$JSA"
# shellcheck disable=SC2086  # OPTS is a list of options, split on purpose
if LOG=$("$JAVA" -Xshare:dump -XX:SharedClassListFile="$APP/$NAME.classlist" \
    -XX:SharedArchiveFile="$JSA" $OPTS -cp "$CP" 2>&1); then
  echo "$NAME: class-data archive written ($(du -k "$JSA" | cut -f1) KiB)"
else
  echo "$LOG" | tail -n 5 >&2
  cp "$IMAGE/lib/runtime/lib/server/classes.jsa" "$JSA"
  echo "$NAME: class-data archive of the app failed; using the JDK's default archive" >&2
fi
