use clap::Parser;

/// HTTP status codes in the terminal: meaning, spec section and a
/// ready-to-paste example response.
#[derive(Debug, Parser)]
#[command(name = "statusbrowse", version, about)]
pub struct Args {
    /// Status codes to look up, e.g. `404` or `301 308`.
    pub query: Vec<String>,

    /// Print JSON instead of text; with no query, the whole catalog.
    #[arg(long)]
    pub json: bool,
}
