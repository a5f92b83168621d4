use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::config::ClipboardChoice;

const EXAMPLES: &str = "\
Examples:
  statusbrowse                      open the browser (on a terminal)
  statusbrowse 404                  everything about 404
  statusbrowse 301 302 307 308      several codes
  statusbrowse 4xx                  every 4xx code, one per line (also 41x, 4)
  statusbrowse rate limit           search, best match first
  statusbrowse 429 --example | xclip -selection clipboard
  statusbrowse 401 --example 2      the second example response
  statusbrowse 499 --vendor arcgis  one meaning of a code with several
  statusbrowse --json | jq '.[] | select(.status == \"deprecated\")'
  statusbrowse --catalog team.toml 590
  statusbrowse completions zsh > ~/.zfunc/_statusbrowse

Your own codes go in catalog.toml, settings in config.toml, both in the
directory `statusbrowse config --path` names.

Exit status: 0 found, 1 nothing matched, 2 any error (usage, configuration,
terminal, output).";

/// HTTP status codes in the terminal: meaning, spec section and a
/// ready-to-paste example response.
///
/// With no query on a terminal, opens the browser; otherwise prints.
#[derive(Debug, Parser)]
#[command(name = "statusbrowse", version, about, after_help = EXAMPLES, args_conflicts_with_subcommands = true)]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// A code (404), codes (301 308), a class or mask (4xx, 41x, 4) or
    /// words to search for (rate limit).
    pub query: Vec<String>,

    /// Print JSON: the matching entries, or with no query the whole
    /// catalog.
    #[arg(long)]
    pub json: bool,

    /// Print only example response N (default 1) of the one code given,
    /// ready to pipe.
    #[arg(long, value_name = "N", num_args = 0..=1, default_missing_value = "1")]
    pub example: Option<usize>,

    /// Print codes one per line instead of whole entries.
    #[arg(long)]
    pub list: bool,

    /// Only codes of this class: 1-5 or 1xx-5xx.
    #[arg(long, value_name = "CLASS")]
    pub class: Option<String>,

    /// Which meaning of a code with several: the vendor's name or part of
    /// it (nginx, arcgis), or iana for the registered one.
    #[arg(long, value_name = "NAME")]
    pub vendor: Option<String>,

    /// Colour the output: auto (on a terminal, unless NO_COLOR is set),
    /// always or never.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorWhen::Auto)]
    pub color: ColorWhen,

    /// A catalog file of your own to lay over the built-in one (repeatable;
    /// after catalog.toml in the config directory).
    #[arg(long, value_name = "FILE")]
    pub catalog: Vec<PathBuf>,

    /// Where `y` copies to in the browser: auto (system clipboard where a
    /// display is reachable, OSC 52 otherwise), system or osc52.
    #[arg(long, value_enum, env = "STATUSBROWSE_CLIPBOARD")]
    pub clipboard: Option<ClipboardChoice>,

    /// Leave the mouse to the terminal, so its own text selection works.
    #[arg(long)]
    pub no_mouse: bool,

    /// Internal: serve the clipboard for a copy made by the browser.
    #[arg(long, hide = true)]
    pub clipboard_serve: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print a completion script for a shell.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
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
