#!/usr/bin/env bash
# Checks the app image built by `mvn -B -Pdist -DskipTests package`:
#   - the launcher runs with no Java on the PATH and no JAVA_HOME (the bundled runtime is used),
#   - `--version` prints exactly one line `report-workbench <version>` (the jar's Implementation-Version) and exits 0,
#   - the bundled runtime has the modules Chinese reports need (jdk.localedata, jdk.charsets, ...),
#   - optionally (--window, needs a display or Xvfb) the window opens: `--measure-startup --exit-after-startup`.
# Usage: assets/packaging/scripts/check-app-image.sh [--window] [IMAGE]     (IMAGE default: target/dist/report-workbench[.app])
# Works on Linux, macOS, and Windows under Git Bash (uses report-workbench-cli.exe, the console launcher).
set -uo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)

window=0
if [[ "${1:-}" == "--window" ]]; then window=1; shift; fi
fail=0
ok()   { printf 'ok    %s\n' "$*"; }
bad()  { printf 'FAIL  %s\n' "$*"; fail=1; }
note() { printf 'note  %s\n' "$*"; }

case "$(uname -s)" in
  Darwin) image=${1:-$root/target/dist/report-workbench.app}
          launcher=$image/Contents/MacOS/report-workbench
          runtime=$image/Contents/runtime/Contents/Home
          jar=$image/Contents/app/report-workbench.jar ;;
  MINGW*|MSYS*|CYGWIN*)
          image=${1:-$root/target/dist/report-workbench}
          launcher=$image/report-workbench-cli.exe     # the console launcher; report-workbench.exe is the GUI one
          runtime=$image/runtime
          jar=$image/app/report-workbench.jar ;;
  *)      image=${1:-$root/target/dist/report-workbench}
          launcher=$image/bin/report-workbench
          runtime=$image/lib/runtime
          jar=$image/lib/app/report-workbench.jar ;;
esac

[[ -d "$image" ]] || { echo "no app image at $image: run  mvn -B -Pdist -DskipTests package  first" >&2; exit 2; }
[[ -x "$launcher" ]] && ok "launcher $launcher" || bad "no executable launcher at $launcher"
[[ -f "$jar" ]] && ok "application jar $jar ($(du -h "$jar" | cut -f1))" || bad "no application jar at $jar"

# the version the jar was built with (its manifest), to compare with what the launcher prints
expected=""
if command -v unzip >/dev/null 2>&1 && [[ -f "$jar" ]]; then
  expected=$(unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Implementation-Version: *//p' | head -1)
fi

# --version with an empty environment: no java on the PATH, no JAVA_HOME
out=$(env -i HOME="${HOME:-/tmp}" PATH=/usr/bin:/bin${SYSTEMROOT:+:/c/Windows/System32} ${SYSTEMROOT:+SYSTEMROOT="$SYSTEMROOT"} \
      "$launcher" --version 2>/tmp/check-app-image.err); rc=$?
out=${out//$'\r'/}
lines=$(printf '%s\n' "$out" | grep -c .)
if [[ $rc -eq 0 && $lines -eq 1 && "$out" =~ ^report-workbench\ [0-9A-Za-z._-]+$ ]]; then
  ok "--version: '$out' (exit 0, one line, no system Java)"
else
  bad "--version: exit $rc, $lines line(s): '$out'"; sed 's/^/      stderr: /' /tmp/check-app-image.err | head -20
fi
if [[ -n "$expected" && "$out" != "report-workbench $expected" ]]; then
  bad "--version should print 'report-workbench $expected' (the jar's Implementation-Version)"
fi

# the command line end to end on a GB18030 report (needs jdk.charsets in the runtime), where `extract` exists
if command -v iconv >/dev/null 2>&1; then
  tmpd=$(mktemp -d)
  printf '%s\n' '2025年主要预期目标是：地区生产总值增长5%左右。' | iconv -f UTF-8 -t GB18030 > "$tmpd/gb18030-report.txt"
  xout=$("$launcher" extract "$tmpd/gb18030-report.txt" 2>&1); xrc=$?
  if [[ $xrc -eq 0 && "$xout" == *'"value"'* && "$xout" == *5* ]]; then
    ok "extract on a GB18030 file: $(grep -c . <<<"$xout") figure(s)"
  elif grep -qi 'unmatched\|unknown' <<<"$xout"; then
    note "this build has no 'extract' command yet"
  else
    bad "extract on a GB18030 file: exit $xrc: $(head -3 <<<"$xout")"
  fi
  rm -rf "$tmpd"
fi

# the runtime: the modules Chinese reports need, and no JDK tools or headers
if [[ -f "$runtime/release" ]]; then
  mods=$(sed -n 's/^MODULES="\(.*\)"/\1/p' "$runtime/release")
  for m in java.base java.desktop java.sql java.naming java.management java.logging java.xml java.prefs \
           jdk.unsupported jdk.localedata jdk.charsets jdk.crypto.ec jdk.zipfs; do
    [[ " $mods " == *" $m "* ]] || bad "runtime lacks module $m"
  done
  ok "runtime modules: $(wc -w <<<"$mods") ($(grep -o 'JAVA_VERSION="[^"]*"' "$runtime/release"))"
  [[ ! -e "$runtime/bin/javac" && ! -e "$runtime/bin/javac.exe" && ! -d "$runtime/include" ]] \
    && ok "runtime is a jlink image (no javac, no headers)" || bad "runtime looks like a full JDK"
else
  bad "no runtime release file at $runtime/release"
fi
ok "image size: $(du -sh "$image" | cut -f1)"

# the window (optional): needs a display; starts Xvfb :97 when there is none and Xvfb is installed
if [[ $window -eq 1 ]]; then
  xpid=""
  if [[ -z "${DISPLAY:-}" && "$(uname -s)" == Linux ]] && command -v Xvfb >/dev/null; then
    Xvfb :97 -screen 0 1400x900x24 >/dev/null 2>&1 & xpid=$!; export DISPLAY=:97; sleep 1
  fi
  db=$(mktemp -d)
  wout=$(timeout 120 "$launcher" --db "$db" --measure-startup --exit-after-startup 2>&1); wrc=$?
  if grep -q '^startup_ms=' <<<"$wout"; then
    ok "window opened: $(grep '^startup_ms=' <<<"$wout" | head -1) (exit $wrc)"
  else
    bad "window did not report startup_ms (exit $wrc): $(tail -5 <<<"$wout")"
  fi
  rm -rf "$db"; [[ -n "$xpid" ]] && kill "$xpid"
fi

[[ $fail -eq 0 ]] && echo "app image OK" || echo "app image has problems"
exit $fail
