#!/usr/bin/env bash
# Regenerates every icon file from llm-cost-planner.svg; the outputs are committed so a build
# never needs these tools. Debian packages: librsvg2-bin (rsvg-convert), imagemagick (convert,
# for the Windows .ico) and icnsutils (png2icns, for the macOS .icns):
#   apt-get install -y --no-install-recommends librsvg2-bin imagemagick icnsutils
# Reproducible: PNGs are written without timestamps or other text chunks, so the same SVG and
# tool versions give byte-identical files.
set -euo pipefail
cd "$(dirname "$0")"

SVG=llm-cost-planner.svg
SIZES=(16 24 32 48 64 128 256 512 1024)
WINDOW_SIZES=(16 24 32 48 64 128 256 512)          # what the JavaFX window loads (stage icons)
RESOURCES=../src/main/resources/org/llmcostplanner/icons
# ImageMagick 6 is /usr/bin/convert; call it by path so a wrapper earlier on PATH is not used.
CONVERT=${CONVERT:-/usr/bin/convert}

for tool in rsvg-convert png2icns "$CONVERT"; do
  command -v "$tool" >/dev/null || { echo "missing $tool (see the header of $0)" >&2; exit 1; }
done

mkdir -p png "$RESOURCES"
for n in "${SIZES[@]}"; do
  rsvg-convert --width "$n" --height "$n" --keep-aspect-ratio "$SVG" --output "png/tmp-$n.png"
  # Strip text/time chunks (rsvg writes none today, convert would add dates) for reproducibility.
  "$CONVERT" "png/tmp-$n.png" -strip -define png:exclude-chunks=date,time "PNG32:png/llm-cost-planner-$n.png"
  rm "png/tmp-$n.png"
done

for n in "${WINDOW_SIZES[@]}"; do
  cp "png/llm-cost-planner-$n.png" "$RESOURCES/icon-$n.png"
done

# Windows: one .ico with the sizes Explorer and the taskbar pick from (256 is stored as PNG).
"$CONVERT" png/llm-cost-planner-{16,24,32,48,64,128,256}.png -strip llm-cost-planner.ico

# Linux (jpackage wants one PNG for the launcher and the .desktop entry).
cp png/llm-cost-planner-256.png llm-cost-planner.png

# macOS: png2icns knows the 16, 32, 48, 128, 256, 512 and 1024 px slots.
png2icns llm-cost-planner.icns png/llm-cost-planner-{16,32,48,128,256,512,1024}.png >/dev/null

echo "icons generated:"; ls -l png llm-cost-planner.ico llm-cost-planner.icns llm-cost-planner.png
