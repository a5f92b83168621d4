//! The built binary run as a script runs it: arguments in; exit status,
//! stdout and stderr out. Every run gets a config home of its own, so the
//! developer's own config never leaks in, and no colour or clipboard
//! preference from the environment.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use tempfile::TempDir;

/// What one run of the binary did.
#[derive(Debug)]
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

/// Runs statusbrowse with `config_home` as `XDG_CONFIG_HOME` and `env` on
/// top of a clean environment.
pub fn run_in(config_home: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_statusbrowse"));
    command
        .args(args)
        .env("XDG_CONFIG_HOME", config_home)
        .env_remove("NO_COLOR")
        .env_remove("STATUSBROWSE_CLIPBOARD")
        .stdin(Stdio::null());
    for (name, value) in env {
        command.env(name, value);
    }
    let output = command.output().expect("run statusbrowse");
    Run {
        code: output.status.code(),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

/// Runs statusbrowse with an empty config home.
pub fn statusbrowse(args: &[&str]) -> Run {
    statusbrowse_with(args, &[])
}

pub fn statusbrowse_with(args: &[&str], env: &[(&str, &str)]) -> Run {
    Home::new().run_with(args, env)
}

/// A fresh config home for one test.
pub struct Home {
    dir: TempDir,
}

impl Home {
    pub fn new() -> Self {
        Self { dir: tempfile::tempdir().expect("temp dir") }
    }

    /// What `XDG_CONFIG_HOME` is set to.
    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// statusbrowse's own directory inside it.
    pub fn config_dir(&self) -> PathBuf {
        self.root().join("statusbrowse")
    }

    pub fn config_file(&self) -> PathBuf {
        self.config_dir().join("config.toml")
    }

    /// Writes `$XDG_CONFIG_HOME/statusbrowse/<name>`.
    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        fs::create_dir_all(self.config_dir()).expect("config dir");
        let path = self.config_dir().join(name);
        fs::write(&path, text).expect("write");
        path
    }

    /// Writes `$XDG_CONFIG_HOME/statusbrowse/catalog.toml`.
    pub fn write_catalog(&self, text: &str) -> PathBuf {
        self.write("catalog.toml", text)
    }

    /// Writes a file beside the config directory, for `--catalog`.
    pub fn write_beside(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.root().join(name);
        fs::write(&path, bytes).expect("write file");
        path
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with(args, &[])
    }

    pub fn run_with(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        run_in(self.root(), args, env)
    }

    /// A run that must succeed; its stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let run = self.run(args);
        assert_eq!(run.code, Some(0), "statusbrowse {args:?} should succeed: {run:?}");
        run.stdout
    }

    /// A run that must be refused as an error: exit 2, nothing on stdout,
    /// one message on stderr. Returns stderr.
    pub fn refused(&self, args: &[&str]) -> String {
        let run = self.run(args);
        assert_eq!(run.code, Some(2), "statusbrowse {args:?} should exit 2: {run:?}");
        assert_eq!(run.stdout, "", "nothing on stdout when refused: {run:?}");
        assert!(run.stderr.starts_with("statusbrowse: "), "the message names the program: {:?}", run.stderr);
        run.stderr
    }
}

pub fn str_of(path: &Path) -> &str {
    path.to_str().expect("temp paths are UTF-8")
}
