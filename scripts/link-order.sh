#!/usr/bin/env bash
# Writes link/lookup-order.ld, the linker script that places the functions
# a lookup runs next to each other, and the tables they read (see that file
# and link/order.rs). Run it after changing what a lookup runs, or when
# scripts/startup.sh shows the page faults of `statusbrowse 404` creeping
# up: a function renamed or added since the last run is linked wherever
# the compiler put it.
#
# It traces `statusbrowse 404` and `statusbrowse rate limit` (the two
# lookups scripts/startup.sh times) with callgrind on a release build that
# keeps its symbols, and writes one pattern per function they ran. The
# patterns leave out what changes from build to build (the hash at the end
# of a legacy Rust symbol, the crate disambiguators of a v0 one), so they
# keep matching across builds and compiler releases.
# Usage: scripts/link-order.sh (needs valgrind and python3)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v valgrind >/dev/null 2>&1; then
    echo "link-order.sh needs valgrind (apt-get install valgrind)" >&2
    exit 2
fi

# Its own target directory: keeping symbols is a different build.
target=target/link-order
CARGO_PROFILE_RELEASE_STRIP=false cargo build --release --quiet --target-dir "$target"
bin="$target/release/statusbrowse"
traces=$(mktemp -d)
trap 'rm -rf "$traces"' EXIT
valgrind --tool=callgrind --demangle=no --callgrind-out-file="$traces/1" "$bin" 404 >/dev/null 2>&1
valgrind --tool=callgrind --demangle=no --callgrind-out-file="$traces/2" "$bin" rate limit >/dev/null 2>&1

nm --defined-only "$bin" > "$traces/symbols"
python3 - "$traces/symbols" "$traces/1" "$traces/2" > link/lookup-order.ld <<'PY'
import re, sys

defined = {line.split()[-1] for line in open(sys.argv[1]) if len(line.split()) == 3}
# The first trace's functions, then those only the second ran, each in
# name order: the order callgrind writes them in changes from run to run,
# and the first lookup's code should lie in as few windows as it can.
patterns = []
for trace in sys.argv[2:]:
    found = set()
    # Callgrind names a function once, as "(id) name", and by "(id)"
    # alone after that. Its objects are no help: it names a binary linked
    # with this script "???", so a function is ours if the binary
    # defines its symbol.
    functions = {}
    for line in open(trace):
        named = re.match(r"^c?fn=\((\d+)\)(?: (.*))?$", line.rstrip("\n"))
        if not named:
            continue
        id, name = named.groups()
        if name:
            functions[id] = name
        symbol = functions[id]
        if symbol not in defined or not re.match(r"^_(ZN|R)[\w.$]+$", symbol):
            continue
        # A copy LLVM made unique with a number (".llvm.N", or ".N" for
        # a function several crates instantiated) is numbered anew by
        # each build.
        base, copies = re.subn(r"\.(llvm\.)?\d+$", "", symbol)
        pattern = re.sub(r"17h[0-9a-f]{16}E$", "17h*", base)
        pattern = re.sub(r"Cs[0-9A-Za-z]+_", "Cs*_", pattern)
        if copies and not pattern.endswith("*"):
            pattern += "*"
        found.add(pattern)
    patterns += sorted(found - set(patterns))

print("""/* The functions `statusbrowse 404` and `statusbrowse rate limit` run,
 * linked next to each other before the rest of the code, and the
 * read-only data they read that has a name of its own, before the rest
 * of the data (with lld, next to the headers the loader reads anyway),
 * and the large texts after it. Written by scripts/link-order.sh;
 * link/order.rs gives it to the linker when the linker takes it (GNU ld
 * and lld do, gold does not; link/probe.rs finds out).
 *
 * Why: a lookup's run time is mostly page faults, and the compiler
 * scatters the few hundred kilobytes of code a lookup runs over the whole
 * of .text, and the data it reads over the whole of .rodata, one fault
 * per 64 KiB window touched. Together they touch a few windows. Nothing
 * else changes: the script only adds output sections, and names it
 * gives that a build does not have are ignored. Cold functions
 * (.text.unlikely.*) are named too: growing a vector is one. */
SECTIONS
{
  .text.lookup :
  {""")
for pattern in patterns:
    print(f"    *(.text.{pattern} .text.unlikely.{pattern})")
print("""  }
}
INSERT BEFORE .text;

/* The jump and switch tables of those functions (named after them), then
 * the built-in catalog's and the comparison facts' tables, which every
 * lookup reads an entry of. The catalog's text they point into is one of
 * the large texts below; a lookup reads only its entry's part of it. */
SECTIONS
{
  .rodata.lookup :
  {""")
for pattern in patterns:
    tables = pattern if pattern.endswith("*") else pattern + "*"
    print(f"    *(.rodata.{pattern} .rodata..Lswitch.table.{tables})")
catalog = "_ZN12statusbrowse7catalog8embedded"
for data in [f"{catalog}7ENTRIES", f"{catalog}8EXAMPLES", f"{catalog}9CONSTANTS", f"{catalog}5CODES"]:
    print(f"    *(.rodata.{data}17h*)")
print("""    *(.rodata._ZN12statusbrowse7compare7builtin*)
  }
}
INSERT BEFORE .gcc_except_table;

/* The large texts compiled in (src/bulk.rs names them ..._BYTES) and the
 * search's tables, after the rest of the read-only data: among it, they
 * spread the small constants a lookup reads over a megabyte. */
SECTIONS
{
  .rodata.bulk :
  {
    *(.rodata._ZN12statusbrowse*_BYTES17h*)
    *(.rodata._ZN12statusbrowse6search8prepared*)
  }
}
INSERT AFTER .rodata;""")
PY
echo "link/lookup-order.ld: $(grep -c '^    \*(\.text\.' link/lookup-order.ld) functions"
