#!/usr/bin/env bash
# Draws the Report Workbench icon and writes the three formats jpackage wants:
#   report-workbench.png (Linux, 256 px), report-workbench.ico (Windows), report-workbench.icns (macOS).
# Needs: ImageMagick (convert), icnsutils (png2icns), fonts-noto-cjk.   apt-get install -y imagemagick icnsutils fonts-noto-cjk
# The results are committed; run this only to change the icon.
set -euo pipefail
cd "$(dirname "$0")"
FONT=$(fc-list ':lang=zh:style=Bold' file | grep -i 'NotoSansCJK-Bold' | head -1 | cut -d: -f1)
FONT=${FONT:-$(fc-list ':lang=zh' file | head -1 | cut -d: -f1)}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
S=1024
# a rounded blue tile; four white bars of a rising chart; a red target line; the character 数 (figure/data)
convert -size ${S}x${S} xc:none \
  \( -size ${S}x${S} gradient:'#2f6fd6-#173d86' \) \
  \( -size ${S}x${S} xc:none -fill white -draw "roundrectangle 40,40 983,983 190,190" \) \
  -delete 0 -compose DstIn -composite \
  -compose Over \
  -fill 'rgba(255,255,255,0.95)' \
  -draw "roundrectangle 170,700 290,880 18,18" \
  -draw "roundrectangle 340,620 460,880 18,18" \
  -draw "roundrectangle 510,540 630,880 18,18" \
  -draw "roundrectangle 680,470 800,880 18,18" \
  -stroke '#ff5a4f' -strokewidth 26 -fill none -draw "line 140,420 880,420" \
  -stroke none -fill white -font "$FONT" -pointsize 270 -gravity north -annotate +0+55 '数' \
  "$tmp/icon-1024.png"
for s in 16 24 32 48 64 128 256 512; do convert "$tmp/icon-1024.png" -resize ${s}x${s} "$tmp/icon-$s.png"; done
cp "$tmp/icon-256.png" report-workbench.png
convert "$tmp"/icon-{16,24,32,48,64,128,256}.png report-workbench.ico
png2icns report-workbench.icns "$tmp"/icon-{16,32,128,256,512}.png >/dev/null
ls -l report-workbench.png report-workbench.ico report-workbench.icns
