//! Links a small program the way the binary will be linked (same rustc,
//! target, flags and configured linker) plus the arguments being tried.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// A program that does nothing, for options that only need to link.
pub const EMPTY: &str = "fn main() {}\n";

pub struct Probe {
    pub out_dir: PathBuf,
    rustc: OsString,
    target: Option<String>,
    pub linker: Option<String>,
    flags: Vec<String>,
    /// Whether the program is built for the machine building it, so a
    /// probe can run what it linked.
    native: bool,
}

impl Probe {
    pub fn from_env() -> Self {
        let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
        for variable in ["RUSTC_LINKER", "CARGO_ENCODED_RUSTFLAGS"] {
            println!("cargo:rerun-if-env-changed={variable}");
        }
        let target = std::env::var("TARGET").ok();
        let flags = std::env::var("CARGO_ENCODED_RUSTFLAGS").unwrap_or_default();
        Self {
            out_dir,
            rustc: std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into()),
            native: target.is_some() && target == std::env::var("HOST").ok(),
            target,
            linker: std::env::var("RUSTC_LINKER").ok(),
            flags: flags.split('\x1f').filter(|flag| !flag.is_empty()).map(str::to_owned).collect(),
        }
    }

    /// Whether the target's object format is ELF: Unix other than Apple's.
    /// Mach-O and PE linkers would refuse ELF options anyway; this spares
    /// them the probe.
    pub fn elf() -> bool {
        let cfg = |name: &str| std::env::var(format!("CARGO_CFG_TARGET_{name}")).unwrap_or_default();
        cfg("FAMILY").split(',').any(|family| family == "unix") && cfg("VENDOR") != "apple"
    }

    /// The program `main` (Rust source) named `name`, linked with
    /// `link_args`, if that worked and, when built for this machine, it
    /// runs and exits with success: a C library too old for what the
    /// linker wrote refuses to start the program, which linking alone
    /// does not show.
    pub fn link(&self, name: &str, main: &str, link_args: &[String]) -> Option<Vec<u8>> {
        let source = self.out_dir.join(format!("{name}.rs"));
        let program = self.out_dir.join(name);
        std::fs::write(&source, main).ok()?;
        let mut probe = Command::new(&self.rustc);
        probe.arg("--crate-type=bin").arg(format!("--crate-name={name}")).arg("-o").arg(&program);
        if let Some(target) = &self.target {
            probe.arg(format!("--target={target}"));
        }
        if let Some(linker) = &self.linker {
            probe.arg(format!("-Clinker={linker}"));
        }
        probe.args(&self.flags);
        probe.args(link_args.iter().map(|arg| format!("-Clink-arg={arg}"))).arg(&source);
        let quiet = |command: &mut Command| {
            command.stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok_and(|status| status.success())
        };
        let works = quiet(&mut probe) && (!self.native || quiet(&mut Command::new(&program)));
        works.then(|| std::fs::read(&program).ok()).flatten()
    }
}

/// Whether a linked program's bytes hold `name` (a section's or a
/// library's, which ELF keeps as plain strings).
pub fn mentions(program: &[u8], name: &[u8]) -> bool {
    program.windows(name.len()).any(|window| window == name)
}
