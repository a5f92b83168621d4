//! Gives the linker link/lookup-order.ld, which places the functions a
//! lookup runs next to each other, when the linker takes it.
//!
//! GNU ld and lld (Rust's default linker on x86_64 Linux) take the script;
//! gold refuses it. A linker that cannot place the functions still links
//! the program, only not in that order.

use std::path::Path;

use super::probe::{EMPTY, Probe};

/// Tells cargo to link the binary with the script if the linker takes it,
/// and the crate (`STATUSBROWSE_LINK_ORDER`) whether it did.
pub fn apply(root: &Path, probe: &Probe) {
    let script = format!("-T{}", root.join("link/lookup-order.ld").display());
    let applied = Probe::elf() && probe.link("order_probe", EMPTY, std::slice::from_ref(&script)).is_some();
    if applied {
        println!("cargo:rustc-link-arg-bin=statusbrowse={script}");
    }
    println!("cargo:rustc-env=STATUSBROWSE_LINK_ORDER={}", if applied { "applied" } else { "not applied" });
}
