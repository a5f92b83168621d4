//! The full-screen browser: a pure core (state, keys, update, the fit
//! step) and a thin shell (terminal, clipboard, signals, the loop). The
//! view draws the core's state and changes nothing.

pub mod action;
pub mod app;
pub mod choosing;
pub mod clipboard;
mod copying;
mod detail_cache;
mod examples;
mod fit;
pub mod help;
mod hidden;
pub mod input;
pub mod keys;
pub mod layout;
pub mod opener;
mod query_edit;
mod related;
mod rows;
pub mod run;
pub mod terminal;
mod toast;
pub mod update;
pub mod view;

use std::io::{self, IsTerminal};
use std::mem::ManuallyDrop;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use self::app::App;
use self::clipboard::{RoutedClipboard, Routing};
use self::keys::Keymap;
use self::run::{Process, RunError, TerminalEvents};
use crate::catalog::Catalog;
use crate::present::theme::Theme;

/// How the browser is to behave, as the user's settings decided.
#[derive(Debug, Clone)]
pub struct Options {
    pub routing: Routing,
    pub mouse: bool,
    pub keymap: Keymap,
    pub theme: Theme,
}

/// Whether a full-screen UI can run here: both ends are a terminal that
/// can move a cursor.
pub fn can_run() -> bool {
    io::stdout().is_terminal() && io::stdin().is_terminal() && std::env::var("TERM").map_or(true, |term| term != "dumb")
}

/// Opens the browser on `catalog` and gives the terminal back however it
/// ends.
pub fn launch(catalog: Catalog, options: Options) -> Result<(), RunError> {
    terminal::install_panic_hook();
    terminal::handle_signals().map_err(RunError::Terminal)?;
    terminal::enter(options.mouse).map_err(RunError::Terminal)?;
    let result = browse(catalog, options);
    terminal::leave();
    result
}

fn browse(catalog: Catalog, options: Options) -> Result<(), RunError> {
    let draw_error = |error: io::Error| RunError::Draw(Box::new(error));
    // Never dropped: ratatui's drop shows the cursor and, when the terminal
    // has gone away, reports that it could not with `eprintln!`, which
    // panics on a dead stderr. Giving the terminal back is `leave`'s job.
    let mut terminal = ManuallyDrop::new(Terminal::new(CrosstermBackend::new(io::stdout())).map_err(draw_error)?);
    let size = terminal.size().map_err(draw_error)?;
    let mut app = App::new(catalog, size, options.keymap);
    // Debug builds only: lets the test suite prove a panic restores the
    // terminal. Release builds do not contain this.
    #[cfg(debug_assertions)]
    if std::env::var_os("STATUSBROWSE_TEST_PANIC").is_some() {
        terminal.draw(|frame| view::draw(frame, &app, &options.theme)).map_err(draw_error)?;
        panic!("test panic requested by STATUSBROWSE_TEST_PANIC");
    }
    let mut clipboard = RoutedClipboard::new(options.routing, io::stdout());
    run::run(&mut terminal, &mut app, &options.theme, &mut TerminalEvents, &mut clipboard, &mut Process)
}
