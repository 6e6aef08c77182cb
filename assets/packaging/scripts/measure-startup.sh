#!/usr/bin/env bash
# Time to first frame of the workbench window, for the plain jar (system Java) and for the app image
# (bundled runtime): each is started RUNS times (default 3) with `--measure-startup --exit-after-startup`,
# which prints `startup_ms=N` (JVM start to the first frame shown) and exits.
# Each variant gets its own store folder and one untimed warm-up start first (the first start of an
# empty store imports the sample reports; JavaFX unpacks its natives once into ~/.openjfx).
# Usage: assets/packaging/scripts/measure-startup.sh [RUNS]     env: JAR, IMAGE_LAUNCHER, JAVA (default: java on PATH)
# Needs a display; on Linux without one it starts Xvfb :98 (apt-get install -y xvfb libgtk-3-0).
set -uo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
runs=${1:-3}
jar=${JAR:-$root/target/report-workbench.jar}
java=${JAVA:-java}
case "$(uname -s)" in
  Darwin) launcher=${IMAGE_LAUNCHER:-$root/target/dist/report-workbench.app/Contents/MacOS/report-workbench} ;;
  MINGW*|MSYS*|CYGWIN*) launcher=${IMAGE_LAUNCHER:-$root/target/dist/report-workbench/report-workbench-cli.exe} ;;
  *)      launcher=${IMAGE_LAUNCHER:-$root/target/dist/report-workbench/bin/report-workbench} ;;
esac

xpid=""
if [[ -z "${DISPLAY:-}" && "$(uname -s)" == Linux ]]; then
  command -v Xvfb >/dev/null || { echo "no DISPLAY and no Xvfb (apt-get install -y xvfb)" >&2; exit 2; }
  Xvfb :98 -screen 0 1400x900x24 >/dev/null 2>&1 & xpid=$!
  export DISPLAY=:98; sleep 1
fi
tmp=$(mktemp -d)
cleanup() { [[ -n "$xpid" ]] && kill "$xpid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

# one start: prints N (startup_ms) or "-" when the app printed none; wall-clock ms to exit after it
start_once() {
  local db=$1; shift
  local t0 t1 out ms
  t0=$(date +%s%N)
  out=$(timeout 180 "$@" --db "$db" --measure-startup --exit-after-startup 2>&1)
  t1=$(date +%s%N)
  ms=$(sed -n 's/^startup_ms=\([0-9]*\).*/\1/p' <<<"$out" | head -1)
  if [[ -z "$ms" ]]; then
    echo "  no startup_ms from: $* (does this build have --measure-startup?)" >&2
    tail -3 <<<"$out" | sed 's/^/    /' >&2
    ms="-"
  fi
  echo "$ms $(( (t1 - t0) / 1000000 ))"
}

measure() {
  local name=$1; shift
  local db=$tmp/$name list=() walls=()
  mkdir -p "$db"
  start_once "$db" "$@" >/dev/null                      # warm-up, not counted
  for ((i = 1; i <= runs; i++)); do
    read -r ms wall < <(start_once "$db" "$@")
    list+=("$ms"); walls+=("$wall")
  done
  local sorted median
  sorted=$(printf '%s\n' "${list[@]}" | grep -v -- - | sort -n)
  median=$(sed -n "$(( ($(wc -l <<<"$sorted") + 1) / 2 ))p" <<<"$sorted")
  printf '%-6s startup_ms: %s   (median %s; wall ms to exit: %s)\n' "$name" "${list[*]}" "${median:--}" "${walls[*]}"
}

echo "startup to first frame, $runs runs each, $(uname -sm), $(nproc 2>/dev/null || echo '?') cores"
if [[ -f "$jar" ]]; then
  echo "jar:   $("$java" -version 2>&1 | head -1) -jar $jar"
  measure jar "$java" -jar "$jar"
else
  echo "jar:   not found ($jar): mvn -B -DskipTests package"
fi
if [[ -x "$launcher" ]]; then
  echo "image: $launcher ($(du -sh "$(dirname "$(dirname "$launcher")")" | cut -f1))"
  measure image "$launcher"
else
  echo "image: not found ($launcher): mvn -B -Pdist -DskipTests package"
fi
