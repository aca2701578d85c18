#!/usr/bin/env bash
# Make the PNG sizes (and the Windows .ico) of Reviewer's icon from reviewer.svg.
# Needs rsvg-convert (apt-get install librsvg2-bin) and, for the .ico, ImageMagick's convert.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
for size in 16 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" reviewer.svg -o "reviewer-$size.png"
done
if command -v convert >/dev/null; then
  convert reviewer-16.png reviewer-32.png reviewer-48.png reviewer-64.png reviewer-128.png \
    reviewer-256.png reviewer.ico
fi
