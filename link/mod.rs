//! How the binary is linked beyond cargo's defaults: three changes that
//! make a lookup cheaper, each passed to the linker only when a small
//! program links with it (and, built for the machine building it, runs).
//! A linker or C library without the feature still builds the binary,
//! only without that change, and the build tells the tests which changes
//! it made. Included by build.rs.

mod order;
mod packed_relocs;
mod probe;
mod static_libgcc;

use std::path::Path;

/// Tells cargo how to link the binary, and the crate what it was told.
pub fn apply(root: &Path) {
    println!("cargo:rerun-if-changed=link");
    let probe = probe::Probe::from_env();
    order::apply(root, &probe);
    packed_relocs::apply(&probe);
    static_libgcc::apply(&probe);
}
