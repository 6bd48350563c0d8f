#!/usr/bin/env bash
# Builds the native application image and installer with jlink + jpackage.
#
#   mvn -B -Ppackage package           (runs this script after the jar and target/lib exist)
#   packaging/build.sh 0.1.0           (by hand, after `mvn -B package -DskipTests`)
#
# Steps: 1. stage the jpackage input (app jar + non-JavaFX jars; JavaFX goes into the runtime);
# 2. jlink a slim runtime with the JDK + JavaFX modules of packaging/modules.txt and the JDK's
# class-data-sharing (CDS) base archive; 3. jpackage the application image with the OS's icon
# (on Linux with packaging/linux/launcher.sh as its launcher);
# 4. AppCDS (Linux): a training run of the image records the classes of a start-up, archived for
# the image's place (and again for /opt by the .deb's postinst); 5. jpackage the installer
# (.deb / .msi / .dmg) from the image.
# Output: target/jpackage/image (application image) and target/jpackage/dist (installer).
#
# Environment: PACKAGE_TYPES overrides the installer types ("" = image only, "deb rpm", ...);
# CDS_TRAINING=0 skips step 4. Runs with bash on Linux, macOS and Windows (Git Bash).
set -euo pipefail

VERSION=${1:?usage: packaging/build.sh VERSION}
cd "$(dirname "$0")/.."
NAME=llm-cost-planner
OUT=target/jpackage

case "$(uname -s)" in
  Linux) OS=linux; DEFAULT_TYPES=deb ;;
  Darwin) OS=macos; DEFAULT_TYPES=dmg ;;
  MINGW* | MSYS* | CYGWIN*) OS=windows; DEFAULT_TYPES=msi ;;
  *) echo "unsupported OS $(uname -s)" >&2; exit 1 ;;
esac
TYPES=${PACKAGE_TYPES-$DEFAULT_TYPES}
JAVA_BIN=${JAVA_HOME:+$JAVA_HOME/bin/}

step() { printf '\n[package] %s (%ss)\n' "$*" "$SECONDS"; }

# 1. Input: the class path of the packaged app. The javafx-*-<platform>.jar files hold the
# modules for this OS; the classifier-less javafx-*.jar are empty placeholders.
step "staging input"
[ -f "target/$NAME.jar" ] || { echo "target/$NAME.jar missing: run mvn package first" >&2; exit 1; }
rm -rf "$OUT"
mkdir -p "$OUT/input" "$OUT/javafx-modules" "$OUT/image" "$OUT/dist"
cp "target/$NAME.jar" "$OUT/input/"
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-[0-9]*-*.jar) cp "$jar" "$OUT/javafx-modules/" ;;
    javafx-*) ;;
    *) cp "$jar" "$OUT/input/" ;;
  esac
done

# 2. Runtime: only the listed modules (jlink adds what they require).
step "jlink runtime"
MODULES=$(grep -v '^\s*#' packaging/modules.txt | grep -v '^\s*$' | paste -sd, -)
"${JAVA_BIN}jlink" --module-path "$OUT/javafx-modules" --add-modules "$MODULES" \
  --strip-debug --no-header-files --no-man-pages --compress=2 \
  --generate-cds-archive --output "$OUT/runtime"
# jlink also archives for heaps over 32 GB (no compressed oops): 10 MB this app never uses.
find "$OUT/runtime" -name classes_nocoops.jsa -delete

# 3. Application image.
step "jpackage app-image"
"${JAVA_BIN}jpackage" --type app-image --dest "$OUT/image" --app-version "$VERSION" \
  --runtime-image "$OUT/runtime" --input "$OUT/input" \
  @packaging/identity.args @packaging/launcher.args "@packaging/$OS/app-image.args"

IMAGE="$OUT/image/$NAME"
[ "$OS" = macos ] && IMAGE="$OUT/image/$NAME.app"

# Linux: our own launcher script instead of jpackage's native one, which queries the package
# manager (dpkg -S, dpkg -L, rpm -qf) on every start (see packaging/linux/launcher.sh). The
# runtime's java under the app's name, so process lists show the app rather than "java".
if [ "$OS" = linux ]; then
  step "launcher script"
  install -m 755 packaging/linux/launcher.sh "$IMAGE/bin/$NAME"
  install -m 755 "$IMAGE/lib/runtime/bin/java" "$IMAGE/lib/runtime/bin/$NAME"
fi

# 4. AppCDS (Linux): record the classes of a start-up, archive them for this image's place and
# name the archive in the launcher's options (see packaging/cds-train.sh). On macOS and Windows
# the runtime keeps the JDK's own CDS archive from jlink only: their installers have no step
# that could redo the archive for the installed location.
if [ "$OS" = linux ] && [ "${CDS_TRAINING:-1}" != 0 ]; then
  step "AppCDS training run"
  packaging/cds-train.sh "$IMAGE" "$NAME"
fi

# 5. Installers from the finished image (signing, if any, belongs here on macOS/Windows). The
# image's class-data archive holds build-tree paths: installers leave it out, and the .deb's
# postinst makes the one for /opt.
JSA="$IMAGE/lib/app/$NAME.jsa"
[ -f "$JSA" ] && mv "$JSA" "$OUT/$NAME.jsa.build-tree"
for type in $TYPES; do
  step "jpackage $type"
  "${JAVA_BIN}jpackage" --type "$type" --app-image "$IMAGE" --dest "$OUT/dist" \
    --app-version "$VERSION" @packaging/identity.args "@packaging/$OS/$type.args"
done
[ -f "$OUT/$NAME.jsa.build-tree" ] && mv "$OUT/$NAME.jsa.build-tree" "$JSA"

step "done"
du -sh "$IMAGE" "$OUT"/dist/* 2>/dev/null || true
