#!/bin/sh
# The application's launcher on Linux: packaging/build.sh installs it as bin/NAME of the
# application image, in place of jpackage's native launcher, and copies the runtime's `java` to
# lib/runtime/bin/NAME (so process lists show the app's name).
#
# Why not jpackage's launcher: on every start it asks the package manager which package owns it
# (`rpm -qf`, then `dpkg -S` and `dpkg -L`, all twice: once to find its library, once more in that
# library) before it starts Java. `dpkg -S` reads the file list of every installed package: here
# (805 packages) the queries took ~150 ms of a 1.05 s start, more on a desktop with more packages
# (docs/packaging.md, "Start-up"). This script does what that launcher does otherwise: it reads
# lib/app/NAME.cfg (class path, main class, JVM options, with $APPDIR for lib/app) and runs the
# image's own Java runtime, in the same process (exec).
set -e

self=$(readlink -f -- "$0")
name=${self##*/}
root=${self%/bin/*}
APPDIR=$root/lib/app
cfg=$APPDIR/$name.cfg
if [ ! -r "$cfg" ]; then
  echo "$name: cannot read $cfg" >&2
  exit 1
fi

# Rebuild "$@" as: JVM options, class path, main class, then the arguments given to this script.
argc=$#
classpath=
main=
while IFS= read -r line || [ -n "$line" ]; do
  value=${line#*=}
  while :; do
    case $value in
      *'$APPDIR'*) value=${value%%'$APPDIR'*}$APPDIR${value#*'$APPDIR'} ;;
      *) break ;;
    esac
  done
  case $line in
    app.classpath=*) classpath=${classpath:+$classpath:}$value ;;
    app.mainclass=*) main=$value ;;
    java-options=*) set -- "$@" "$value" ;;
  esac
done < "$cfg"
if [ -z "$main" ]; then
  echo "$name: no app.mainclass in $cfg" >&2
  exit 1
fi
set -- "$@" "-Djpackage.app-path=$self" -cp "$classpath" "$main"
while [ "$argc" -gt 0 ]; do
  set -- "$@" "$1"
  shift
  argc=$((argc - 1))
done

java=$root/lib/runtime/bin/$name
[ -x "$java" ] || java=$root/lib/runtime/bin/java
exec "$java" "$@"
