use clap::Parser;

use crate::tui::clipboard::Choice;

/// HTTP status codes in the terminal: meaning, spec section and a
/// ready-to-paste example response.
///
/// With no query on a terminal, opens the browser; otherwise prints.
#[derive(Debug, Parser)]
#[command(name = "statusbrowse", version, about)]
pub struct Args {
    /// Status codes to look up, e.g. `404` or `301 308`.
    pub query: Vec<String>,

    /// Print JSON instead of text; with no query, the whole catalog.
    #[arg(long)]
    pub json: bool,

    /// Where `y` copies to: the system clipboard, OSC 52 (the terminal's
    /// clipboard, works over SSH), or auto (system where a display is
    /// reachable, OSC 52 otherwise).
    #[arg(long, value_enum, env = "STATUSBROWSE_CLIPBOARD", default_value_t = Choice::Auto)]
    pub clipboard: Choice,

    /// Leave the mouse to the terminal, so its own text selection works.
    #[arg(long)]
    pub no_mouse: bool,

    /// Internal: serve the clipboard for a copy made by the browser.
    #[arg(long, hide = true)]
    pub clipboard_serve: bool,
}
