//! Gives the linker link/lookup-order.ld, which places the functions a
//! lookup runs next to each other, when the linker takes it. Included by
//! build.rs.
//!
//! GNU ld and lld (Rust's default linker on x86_64 Linux) take the script;
//! mold, for one, does not. So the build first links an empty program the
//! way the real one will be linked (same rustc, target, flags and linker),
//! with the script, and passes the script on only if that worked: a linker
//! that cannot place the functions still links the program, only not in
//! that order. The tests are told which it was.

use std::path::Path;
use std::process::{Command, Stdio};

/// Tells cargo to link the binary with the script if the linker takes it,
/// and the crate (`STATUSBROWSE_LINK_ORDER`) whether it did.
pub fn apply(root: &Path) {
    let out_dir = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let script = root.join("link/lookup-order.ld");
    println!("cargo:rerun-if-changed=link/lookup-order.ld");
    println!("cargo:rerun-if-changed=link/order.rs");
    for variable in ["RUSTC_LINKER", "CARGO_ENCODED_RUSTFLAGS"] {
        println!("cargo:rerun-if-env-changed={variable}");
    }
    // An ELF linker script: Unix other than Apple's is ELF. Mach-O and PE
    // linkers would refuse it anyway; this spares them the probe.
    let cfg = |name: &str| std::env::var(format!("CARGO_CFG_TARGET_{name}")).unwrap_or_default();
    let elf = cfg("FAMILY").split(',').any(|family| family == "unix") && cfg("VENDOR") != "apple";
    let applied = elf && linker_takes(&script, &out_dir);
    if applied {
        println!("cargo:rustc-link-arg-bin=statusbrowse=-T{}", script.display());
    }
    println!("cargo:rustc-env=STATUSBROWSE_LINK_ORDER={}", if applied { "applied" } else { "not applied" });
}

/// Whether an empty program links with the script, as the binary will.
fn linker_takes(script: &Path, out_dir: &Path) -> bool {
    let source = out_dir.join("link_probe.rs");
    if std::fs::write(&source, "fn main() {}\n").is_err() {
        return false;
    }
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let mut probe = Command::new(rustc);
    probe.arg("--crate-type=bin").arg("--crate-name=link_probe").arg("-o").arg(out_dir.join("link_probe"));
    if let Ok(target) = std::env::var("TARGET") {
        probe.arg(format!("--target={target}"));
    }
    if let Ok(linker) = std::env::var("RUSTC_LINKER") {
        probe.arg(format!("-Clinker={linker}"));
    }
    let flags = std::env::var("CARGO_ENCODED_RUSTFLAGS").unwrap_or_default();
    probe.args(flags.split('\x1f').filter(|flag| !flag.is_empty()));
    probe.arg(format!("-Clink-arg=-T{}", script.display())).arg(&source);
    probe.stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok_and(|status| status.success())
}
