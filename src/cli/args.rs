use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Parser, ValueEnum};

pub use super::subcommands::{CheckArgs, Command, CompareArgs, GuideArgs};

use crate::config::ClipboardChoice;
use crate::tui::clipboard::SERVE_ARG;

/// Examples for `--help` and the manual: a command and what it does.
pub const EXAMPLES: &[(&str, &str)] = &[
    ("statusbrowse", "open the browser (on a terminal)"),
    ("statusbrowse 404", "everything about 404"),
    ("statusbrowse 301 302 307 308", "several codes"),
    ("statusbrowse -s 301 302 307 308", "one line each: the status line and its summary"),
    ("statusbrowse 4xx", "every 4xx code, one per line (also 41x, 4)"),
    ("statusbrowse rate limit", "search, best match first"),
    ("statusbrowse --first --field rust not found", "one field of the best match"),
    ("statusbrowse 429 --example | xclip -selection clipboard", "copy an example response"),
    ("statusbrowse 401 --example=2", "the second example response"),
    ("statusbrowse 204 --example --crlf | nc -l 8080", "serve it over the wire"),
    ("statusbrowse 499 --vendor arcgis", "one meaning of a code with several"),
    ("statusbrowse --json | jq '.[] | select(.status == \"deprecated\")'", "the whole catalog, for scripts"),
    ("statusbrowse --catalog team.toml 590", "a code from your own catalog file"),
    ("curl -si https://api.example.com/orders/1 | statusbrowse check", "explain and lint a real response"),
    ("statusbrowse 401 vs 403", "two codes side by side, and what decides (also: compare 301 302 307 308)"),
    ("statusbrowse compare redirects", "a preset group: redirects, auth, client-errors, gateways, ..."),
    ("statusbrowse guide", "which code should I return? one question at a time"),
    ("printf '1\\n1\\n' | statusbrowse guide", "the guide answered from a script (201 Created)"),
    ("statusbrowse completions zsh > ~/.zfunc/_statusbrowse", "completions for zsh"),
    ("statusbrowse man | man -l -", "this manual"),
];

/// What `--help` says after the options: the examples, where files live,
/// and the exit statuses.
fn after_help() -> String {
    const COLUMN: usize = 34;
    let mut text = String::from("Examples:\n");
    for (command, what) in EXAMPLES {
        if command.len() < COLUMN {
            text.push_str(&format!("  {command:<COLUMN$}{what}\n"));
        } else {
            text.push_str(&format!("  {command}\n  {:COLUMN$}{what}\n", ""));
        }
    }
    text.push_str(
        "\nYour own codes go in catalog.toml, settings in config.toml, both in the\n\
         directory `statusbrowse config --path` names. `statusbrowse man` has the rest.\n\n\
         Exit status: 0 found, 1 nothing matched, 2 any error (usage, configuration,\n\
         terminal, output). `check` exits 1 on an error-level finding.",
    );
    text
}

/// HTTP status codes in the terminal: meaning, spec section and a
/// ready-to-paste example response.
///
/// With no query on a terminal, opens the browser; otherwise prints.
#[derive(Debug, PartialEq, Parser)]
#[command(name = "statusbrowse", version, about, after_help = after_help(), args_conflicts_with_subcommands = true)]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// A code (404), codes (301 308), a class or mask (4xx, 41x, 4) or
    /// words to search for (rate limit).
    pub query: Vec<String>,

    /// Print JSON: the matching entries, or with no query the whole
    /// catalog; `[]` when nothing matches.
    #[arg(long, conflicts_with_all = ["list", "example"])]
    pub json: bool,

    /// Print only example response N (default 1, `--example=2` for the
    /// second) of the one code given, ready to pipe.
    #[arg(
        long,
        value_name = "N",
        num_args = 0..=1,
        default_missing_value = "1",
        require_equals = true,
        conflicts_with_all = ["list", "class"]
    )]
    pub example: Option<usize>,

    /// With --example: CRLF line ends in the response's head, as it goes
    /// over the wire (for `nc -l` or a test fixture); the content stays
    /// byte for byte, so Content-Length is still true.
    #[arg(long, requires = "example")]
    pub crlf: bool,

    /// Print codes one per line instead of whole entries.
    #[arg(long)]
    pub list: bool,

    /// Only the best match: the first entry a search (or a code's first
    /// meaning) gives, printed whole or with --field.
    #[arg(long)]
    pub first: bool,

    /// Print one field of each entry, one line each, for scripts: phrase,
    /// summary, spec (document and section), spec-url, or a library's
    /// constants (rust, python, go, dotnet, spring, rails, symfony): current
    /// names first, deprecated ones after, removed ones left out.
    #[arg(long, value_name = "NAME", conflicts_with_all = ["json", "list", "example", "short"])]
    pub field: Option<String>,

    /// One line per entry: the status line and its summary
    /// (`404 Not Found: There is nothing at this URI...`).
    #[arg(short, long, conflicts_with_all = ["json", "list", "example"])]
    pub short: bool,

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

    /// Send output longer than the screen through a pager: auto (when it
    /// would scroll off), always or never. Never when piped. The pager is
    /// $STATUSBROWSE_PAGER, else $PAGER, else `less -RF`.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = Paging::Auto)]
    pub paging: Paging,

    /// A catalog file of your own to lay over the built-in one (repeatable;
    /// after catalog.toml in the config directory).
    #[arg(long, value_name = "FILE")]
    pub catalog: Vec<PathBuf>,

    /// Where `y` copies to in the browser: auto (system clipboard where a
    /// display is reachable, OSC 52 otherwise), system or osc52.
    #[arg(long, value_enum, env = CLIPBOARD_VARIABLE)]
    pub clipboard: Option<ClipboardChoice>,

    /// Leave the mouse to the terminal, so its own text selection works.
    #[arg(long)]
    pub no_mouse: bool,
}

/// Whether this process is the browser's clipboard helper, started with
/// `--clipboard-serve` alone. Read before clap, so no help, manual page or
/// completion script offers the flag.
pub fn is_clipboard_helper(arguments: &[OsString]) -> bool {
    matches!(arguments, [_, only] if only == SERVE_ARG)
}

/// The environment's say in `--clipboard`.
const CLIPBOARD_VARIABLE: &str = "STATUSBROWSE_CLIPBOARD";

/// What a first word names instead of a query: the subcommands, and
/// clap's own `help`.
const SUBCOMMANDS: [&str; 7] = ["check", "compare", "completions", "guide", "man", "config", "help"];

impl Args {
    /// The command line as clap reads it. Plain words (`statusbrowse 404`,
    /// `statusbrowse rate limit`), the most common command line, are read
    /// directly: clap builds its whole command tree first, a tenth of a
    /// millisecond, a third of what a lookup costs over a hello world.
    /// Words alone can mean nothing but the query: no flag, no subcommand,
    /// no setting from the environment. Tests hold this to what clap reads.
    pub fn from_command_line(arguments: Vec<OsString>) -> Result<Self, clap::Error> {
        let words = arguments.get(1..).unwrap_or_default();
        match Self::plain_words(words, std::env::var_os(CLIPBOARD_VARIABLE).is_some()) {
            Some(args) => Ok(args),
            None => Self::try_parse_from(arguments),
        }
    }

    /// The arguments when `words` (the command line after the program's
    /// name) are only a query; `None` when clap must read them.
    fn plain_words(words: &[OsString], clipboard_set: bool) -> Option<Self> {
        let query: Vec<String> = words.iter().map(|word| word.to_str().map(str::to_owned)).collect::<Option<_>>()?;
        let first = query.first()?;
        if clipboard_set || SUBCOMMANDS.contains(&first.as_str()) || query.iter().any(|word| word.starts_with('-')) {
            return None;
        }
        Some(Self {
            command: None,
            query,
            json: false,
            example: None,
            list: false,
            class: None,
            vendor: None,
            color: ColorWhen::Auto,
            paging: Paging::Auto,
            catalog: Vec::new(),
            clipboard: None,
            no_mouse: false,
            crlf: false,
            short: false,
            first: false,
            field: None,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Paging {
    Auto,
    Always,
    Never,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;
    use proptest::prelude::*;

    use super::*;

    fn clap_reads(words: &[&str]) -> Result<Args, clap::Error> {
        Args::try_parse_from(std::iter::once("statusbrowse").chain(words.iter().copied()))
    }

    fn directly(words: &[&str]) -> Option<Args> {
        let words: Vec<OsString> = words.iter().map(OsString::from).collect();
        Args::plain_words(&words, false)
    }

    #[test]
    fn the_first_words_that_are_not_a_query_are_the_subcommands() {
        let mut names: Vec<String> =
            Args::command().get_subcommands().map(|command| command.get_name().to_owned()).collect();
        names.push("help".to_owned());
        names.sort();
        let mut ours: Vec<&str> = SUBCOMMANDS.to_vec();
        ours.sort_unstable();
        assert_eq!(names, ours);
    }

    #[test]
    fn plain_words_read_as_clap_reads_them() {
        for words in [&["404"][..], &["rate", "limit"], &["301", "308"], &["4xx"], &["i'm", "a", "teapot"], &[""]] {
            assert_eq!(directly(words).expect("plain words"), clap_reads(words).expect("clap reads them"), "{words:?}");
        }
    }

    #[test]
    fn everything_else_goes_to_clap() {
        for words in [
            &[][..],
            &["--json"],
            &["404", "--example"],
            &["man"],
            &["help"],
            &["config", "--path"],
            &["-"],
            &["rate", "-x"],
        ] {
            assert!(directly(words).is_none(), "{words:?}");
        }
        assert!(Args::plain_words(&[OsString::from("404")], true).is_none(), "the environment has a say");
    }

    proptest! {
        #[test]
        fn whatever_is_read_directly_clap_reads_alike(words in proptest::collection::vec("(man|help|config|completions|-{0,2}[a-z0-9_.:!]{0,6})", 0..5)) {
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            if let Some(args) = directly(&words) {
                prop_assert_eq!(Some(args), clap_reads(&words).ok());
            }
        }
    }
}
