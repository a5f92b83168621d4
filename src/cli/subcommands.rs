//! The subcommands and their own flags: `check`, `compare`, `guide`,
//! `completions`, `man`, `config`.

use std::path::PathBuf;

use clap::Subcommand;

use super::args::ColorWhen;

#[derive(Debug, PartialEq, Subcommand)]
pub enum Command {
    /// Print a completion script for a shell.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Explain and lint real responses: `curl -si URL | statusbrowse
    /// check`. Reads curl -i, curl -v (with 2>&1) or a HAR file; exits 1
    /// when a rule at error level fires.
    Check(CheckArgs),
    /// Confusable codes side by side: a row per property with its source,
    /// and the difference that decides each pair. Codes (301 302 307 308,
    /// `401 vs 403`) or a preset: redirects, auth, client-errors, gateways,
    /// rate-limits, success, caching.
    Compare(CompareArgs),
    /// "Which code should I return?": numbered questions, one at a time,
    /// answered by number; with stdin not a terminal, one answer per line.
    Guide(GuideArgs),
    /// Print the manual page (roff), e.g. `statusbrowse man | man -l -`.
    Man,
    /// Show where settings and your own catalog are read from.
    Config {
        /// Print the directory and files statusbrowse reads.
        #[arg(long)]
        path: bool,
        /// Print a commented config file with every default.
        #[arg(long, conflicts_with = "path")]
        default: bool,
    },
}

/// `statusbrowse compare`'s own flags.
#[derive(Debug, PartialEq, clap::Args)]
pub struct CompareArgs {
    /// Codes to compare (two or more; `vs` between them is allowed), or
    /// one preset's name.
    #[arg(value_name = "CODE|PRESET", required_unless_present = "presets")]
    pub codes: Vec<String>,

    /// Print the grid as JSON.
    #[arg(long)]
    pub json: bool,

    /// List the presets and their codes.
    #[arg(long, conflicts_with_all = ["codes", "json"])]
    pub presets: bool,

    /// Colour the output: auto (on a terminal, unless NO_COLOR is set),
    /// always or never.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorWhen::Auto)]
    pub color: ColorWhen,
}

/// `statusbrowse guide`'s own flags.
#[derive(Debug, PartialEq, clap::Args)]
pub struct GuideArgs {
    /// Print the whole decision tree as JSON.
    #[arg(long)]
    pub json: bool,

    /// Colour the output: auto (on a terminal, unless NO_COLOR is set),
    /// always or never.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorWhen::Auto)]
    pub color: ColorWhen,
}

/// `statusbrowse check`'s own flags.
#[derive(Debug, PartialEq, clap::Args)]
pub struct CheckArgs {
    /// The transcript to read: curl -i output, curl -v output merged with
    /// 2>&1, or a HAR file. Standard input when absent or `-`.
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,

    /// Print the responses and their findings as JSON.
    #[arg(long)]
    pub json: bool,

    /// Exit 1 on warnings too, not only on errors.
    #[arg(long)]
    pub strict: bool,

    /// List every rule: severity, id, section, message.
    #[arg(long, conflicts_with_all = ["file", "strict", "explain"])]
    pub rules: bool,

    /// Show one rule whole: what the RFC requires, why it matters, the fix
    /// and a response from the catalog that keeps it.
    #[arg(long, value_name = "RULE", conflicts_with_all = ["file", "strict", "json"])]
    pub explain: Option<String>,

    /// Colour the output: auto (on a terminal, unless NO_COLOR is set),
    /// always or never.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorWhen::Auto)]
    pub color: ColorWhen,
}
