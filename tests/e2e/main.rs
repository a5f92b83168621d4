//! End to end in a real pseudo-terminal, and against a real X server: the
//! built binary typed at, signalled, resized, starved, and its terminal
//! read back.

#[path = "../common/mod.rs"]
mod common;

mod job_control;
mod linking;
mod robustness;
mod terminal;
mod x11_clipboard;
