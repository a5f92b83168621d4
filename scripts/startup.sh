#!/usr/bin/env bash
# Start-up, measured against the floor: a Rust program that prints one line
# and exits, built with statusbrowse's own release profile, timed side by
# side by hyperfine on this machine. Also the first frame of the browser
# and its memory. Usage: scripts/startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-300}

if ! command -v hyperfine >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine
    else
        echo "startup.sh needs hyperfine (apt-get install hyperfine)" >&2
        exit 2
    fi
fi

cargo build --release --quiet
floor=$(mktemp -d)
trap 'rm -rf "$floor"' EXIT
mkdir -p "$floor/src"
# The same [profile.release] as statusbrowse, so only the program differs.
{
    printf '[package]\nname = "floor"\nversion = "0.1.0"\nedition = "2024"\n\n'
    sed -n '/^\[profile.release\]/,/^$/p' Cargo.toml
} > "$floor/Cargo.toml"
printf 'fn main() {\n    println!("404 Not Found");\n}\n' > "$floor/src/main.rs"
cargo build --release --quiet --manifest-path "$floor/Cargo.toml" --target-dir "$floor/target"

bin=target/release/statusbrowse
echo "binary: $(stat -c %s "$bin") bytes"
hyperfine -N --warmup 30 --runs "$runs" --export-json "$floor/times.json" \
    --command-name "hello world (floor)" "$floor/target/release/floor" \
    --command-name "statusbrowse 404" "$bin 404" \
    --command-name "statusbrowse rate limit" "$bin rate limit"
# hyperfine's summary compares means; the targets are about medians.
python3 - "$floor/times.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
floor = results[0]["median"]
for result in results:
    print(f"median {result['median'] * 1000:.2f} ms  {result['median'] / floor:.2f}x the floor  {result['command']}")
PY

# The browser: time from exec to its first frame on a pseudo-terminal,
# and resident memory once it is up.
cargo bench --quiet --bench first_frame
