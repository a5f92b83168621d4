//! The binary. The C runtime calls `main` here directly, without Rust's
//! start-up: `cli/start.rs` says what that saves and what is done in its
//! place.
#![no_main]

use std::ffi::{c_char, c_int};

#[unsafe(no_mangle)]
extern "C" fn main(argc: c_int, argv: *const *const c_char) -> c_int {
    // SAFETY: these are the C runtime's own arguments to `main`.
    let arguments = unsafe { statusbrowse::cli::start::arguments(argc, argv) };
    statusbrowse::cli::start::run(arguments, statusbrowse::cli::main)
}
