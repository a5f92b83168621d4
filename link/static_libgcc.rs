//! Links the unwinder into the binary (libgcc's static `libgcc_eh.a`, what
//! `gcc -static-libgcc` links) instead of loading libgcc_s.so.1 at every
//! start.
//!
//! Rust's standard library on the GNU targets asks the linker for
//! `-lgcc_s`, the shared unwinder. Loading that one library (finding it,
//! mapping it, relocating it, resolving its symbols) was a tenth of a
//! millisecond of every start: side by side, a hello world linked this
//! way took 0.87x the time. The linker takes the static archive when it
//! finds it as `libgcc_s.a` in a directory searched before the compiler's
//! own, which holds the shared one: this makes that directory, with a
//! copy of the archive the C compiler driver reports.
//!
//! The probe program panics and catches the panic, so a static unwinder
//! that cannot unwind is found out here, not in a user's terminal; and
//! the program it linked must no longer ask for libgcc_s.so.

use std::path::PathBuf;
use std::process::Command;

use super::probe::{Probe, mentions};

/// Unwinds through a panic: it exits with success only if catching works.
const UNWINDS: &str = "fn main() {\n    std::panic::set_hook(Box::new(|_| {}));\n    \
                       std::process::exit(i32::from(std::panic::catch_unwind(|| panic!()).is_ok()));\n}\n";

/// Tells cargo to link the binary with the static unwinder if that works,
/// and the crate (`STATUSBROWSE_STATIC_LIBGCC`) whether it did.
pub fn apply(probe: &Probe) {
    let gnu = Probe::elf() && std::env::var("CARGO_CFG_TARGET_ENV").is_ok_and(|env| env == "gnu");
    let search = if gnu { archive_dir(probe).map(|dir| format!("-L{}", dir.display())) } else { None };
    let applied = search.filter(|search| unwinds_statically(probe, search));
    if let Some(search) = &applied {
        println!("cargo:rustc-link-arg-bin=statusbrowse={search}");
    }
    let said = if applied.is_some() { "applied" } else { "not applied" };
    println!("cargo:rustc-env=STATUSBROWSE_STATIC_LIBGCC={said}");
}

/// Whether the probe program, linked with `search` first, unwinds and
/// does not load the shared unwinder.
fn unwinds_statically(probe: &Probe, search: &str) -> bool {
    let linked = probe.link("libgcc_probe", UNWINDS, &[search.to_owned()]);
    linked.is_some_and(|program| !mentions(&program, b"libgcc_s.so"))
}

/// A directory holding libgcc_eh.a under the name libgcc_s.a, if the C
/// compiler driver the linker runs through knows where the archive is.
fn archive_dir(probe: &Probe) -> Option<PathBuf> {
    let driver = probe.linker.clone().unwrap_or_else(|| "cc".to_owned());
    let output = Command::new(driver).arg("-print-file-name=libgcc_eh.a").output().ok()?;
    let archive = PathBuf::from(String::from_utf8(output.stdout).ok()?.trim());
    // Not found, the driver prints the bare name back.
    if !output.status.success() || !archive.is_absolute() || !archive.is_file() {
        return None;
    }
    let dir = probe.out_dir.join("static-libgcc");
    std::fs::create_dir_all(&dir).ok()?;
    std::fs::copy(&archive, dir.join("libgcc_s.a")).ok()?;
    Some(dir)
}
