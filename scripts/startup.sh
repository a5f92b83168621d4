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

# The floor again, linked the way build.rs links statusbrowse (link/):
# the unwinder linked in instead of loading libgcc_s.so.1 at start, and
# relocations packed. That link alone makes a hello world faster, so the
# ratio to this floor is what the program itself costs.
linked=()
if ! readelf -d target/release/statusbrowse | grep -q 'libgcc_s'; then
    mkdir -p "$floor/libgcc"
    cp "$(cc -print-file-name=libgcc_eh.a)" "$floor/libgcc/libgcc_s.a"
    linked+=("-Clink-arg=-L$floor/libgcc")
fi
if readelf -SW target/release/statusbrowse | grep -q '\.relr\.dyn'; then
    linked+=("-Clink-arg=-Wl,-z,pack-relative-relocs")
fi
RUSTFLAGS="${linked[*]}" cargo build --release --quiet --manifest-path "$floor/Cargo.toml" \
    --target-dir "$floor/target-linked"
cp "$floor/target-linked/release/floor" "$floor/floor-linked"

# The fastest peer: http-status-print from crates.io, one line per code,
# built with its own (default release) profile as its users get it.
peer="$floor/peer/bin/http-status-print"
cargo install --quiet --locked --version 0.2.0 --root "$floor/peer" http-status-print

# All of them are timed from fresh copies in one directory. How a file came
# into the page cache (written by a build, or read back after it was
# evicted) changes how many page faults running it takes: the same
# binary measured as much as 0.09 ms apart with its history. Fresh
# copies start every binary from the same state.
run="$floor/run"
mkdir -p "$run"
cp target/release/statusbrowse "$floor/target/release/floor" "$floor/floor-linked" "$peer" "$run/"
bin="$run/statusbrowse"
echo "binary: $(stat -c %s "$bin") bytes; http-status-print: $(stat -c %s "$run/http-status-print") bytes"
# Whether the code a lookup runs was linked together (link/lookup-order.ld,
# given to the linker by build.rs when it takes it): without it that code
# is scattered over the binary, and a lookup takes about ten more faults.
lookup=$(readelf -SW "$bin" 2>/dev/null | sed -n 's/.*\.text\.lookup *PROGBITS *[0-9a-f]* [0-9a-f]* \([0-9a-f]*\).*/\1/p')
if [ -n "$lookup" ]; then
    echo "link order: the lookup's code linked together in $((16#$lookup / 1024)) KiB (.text.lookup)"
else
    echo "link order: not applied (no .text.lookup): see link/order.rs; scripts/link-order.sh rewrites the patterns"
fi
echo "linked as statusbrowse is: ${linked[*]:-(no change: see link/)}"
names=("hello world (floor)" "hello world, linked as statusbrowse is" "http-status-print 404" "statusbrowse 404"
    "statusbrowse rate limit")
commands=("$run/floor" "$run/floor-linked" "$run/http-status-print 404" "$bin 404" "$bin rate limit")
args=()
for i in "${!names[@]}"; do
    args+=(--command-name "${names[$i]}" "${commands[$i]}")
done
hyperfine -N --warmup 30 --runs "$runs" "${args[@]}"
# The ratios come from a second pass, round-robin: each round runs every
# command once, so a slow spell on a shared machine (and a 2-core VM has
# many) slows all of them alike instead of whichever hyperfine was on; in
# a shuffled order, since the command run just after another is measurably
# faster or slower for it.
# Medians, since the targets are about medians. Page faults are counted
# by the kernel for each child (getrusage): they are most of what
# separates a large binary from a small one at start-up.
pairs=()
for i in "${!names[@]}"; do
    pairs+=("${names[$i]}" "${commands[$i]}")
done
python3 - "$runs" "${pairs[@]}" <<'PY'
import os, random, resource, statistics, sys, time
runs = int(sys.argv[1])
names = sys.argv[2::2]
commands = [command.split() for command in sys.argv[3::2]]
devnull = os.open(os.devnull, os.O_WRONLY)
quiet = [(os.POSIX_SPAWN_DUP2, devnull, 1)]

def run(command):
    start = time.perf_counter_ns()
    pid = os.posix_spawn(command[0], command, os.environ, file_actions=quiet)
    os.waitpid(pid, 0)
    return time.perf_counter_ns() - start

times = [[] for _ in commands]
order = list(range(len(commands)))
for round in range(runs + 30):
    random.shuffle(order)
    for index in order:
        elapsed = run(commands[index])
        if round >= 30:  # warm-up rounds
            times[index].append(elapsed)

def faults(command, runs=50):
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_minflt
    for _ in range(runs):
        run(command)
    return (resource.getrusage(resource.RUSAGE_CHILDREN).ru_minflt - before) / runs

floor, linked = statistics.median(times[0]), statistics.median(times[1])
print(f"round-robin, {runs} rounds (ratios to the floor, and to the floor linked as statusbrowse is):")
for name, command, samples in zip(names, commands, times):
    median = statistics.median(samples)
    print(f"median {median / 1e6:.3f} ms  {median / floor:.2f}x  {median / linked:.2f}x  "
          f"{faults(command):.0f} page faults  {name}")
PY

# The browser: time from exec to its first frame on a pseudo-terminal,
# and resident memory once it is up.
cargo bench --quiet --bench first_frame
