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

# The fastest peer: http-status-print from crates.io, one line per code,
# built with its own (default release) profile as its users get it.
peer="$floor/peer/bin/http-status-print"
cargo install --quiet --locked --version 0.2.0 --root "$floor/peer" http-status-print

bin=target/release/statusbrowse
echo "binary: $(stat -c %s "$bin") bytes; http-status-print: $(stat -c %s "$peer") bytes"
names=("hello world (floor)" "http-status-print 404" "statusbrowse 404" "statusbrowse rate limit")
commands=("$floor/target/release/floor" "$peer 404" "$bin 404" "$bin rate limit")
args=()
for i in "${!names[@]}"; do
    args+=(--command-name "${names[$i]}" "${commands[$i]}")
done
hyperfine -N --warmup 30 --runs "$runs" --export-json "$floor/times.json" "${args[@]}"
# hyperfine's summary compares means; the targets are about medians. Page
# faults are counted by the kernel for each child (getrusage): they are
# most of what separates a large binary from a small one at start-up.
python3 - "$floor/times.json" "${commands[@]}" <<'PY'
import json, resource, subprocess, sys
results = json.load(open(sys.argv[1]))["results"]
commands = sys.argv[2:]
floor = results[0]["median"]

def faults(command, runs=50):
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_minflt
    for _ in range(runs):
        subprocess.run(command.split(), stdout=subprocess.DEVNULL, check=True)
    return (resource.getrusage(resource.RUSAGE_CHILDREN).ru_minflt - before) / runs

for result, command in zip(results, commands):
    print(
        f"median {result['median'] * 1000:.3f} ms  {result['median'] / floor:.2f}x the floor  "
        f"{faults(command):.0f} page faults  {result['command']}"
    )
PY

# The browser: time from exec to its first frame on a pseudo-terminal,
# and resident memory once it is up.
cargo bench --quiet --bench first_frame
