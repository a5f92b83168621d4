//! The full-screen browser: a pure core (state, keys, update, view) and a
//! thin shell (terminal, clipboard, signals, the loop).

pub mod action;
pub mod app;
pub mod clipboard;
pub mod input;
pub mod keymap;
pub mod layout;
pub mod run;
pub mod terminal;
pub mod update;
pub mod view;

use std::io::{self, IsTerminal};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use self::app::App;
use self::clipboard::{Choice, Live};
use self::run::{Process, RunError, TerminalEvents};
use self::view::theme::Theme;
use crate::catalog::Catalog;

/// How the user asked the browser to behave.
#[derive(Debug, Clone)]
pub struct Options {
    pub clipboard: Choice,
    pub mouse: bool,
    pub keymap: keymap::Keymap,
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
    terminal::handle_signals()?;
    terminal::enter(options.mouse)?;
    let result = browse(catalog, options);
    terminal::leave();
    result
}

fn browse(catalog: Catalog, options: Options) -> Result<(), RunError> {
    let mut terminal =
        Terminal::new(CrosstermBackend::new(io::stdout())).map_err(|error| RunError::Draw(error.to_string()))?;
    let size = terminal.size().map_err(|error| RunError::Draw(error.to_string()))?;
    let mut app = App::new(catalog, size);
    app.keymap = options.keymap;
    // Debug builds only: lets the test suite prove a panic restores the
    // terminal. Release builds do not contain this.
    #[cfg(debug_assertions)]
    if std::env::var_os("STATUSBROWSE_TEST_PANIC").is_some() {
        terminal
            .draw(|frame| view::draw(frame, &app, &options.theme))
            .map_err(|error| RunError::Draw(error.to_string()))?;
        panic!("test panic requested by STATUSBROWSE_TEST_PANIC");
    }
    let route = clipboard::route(options.clipboard, |name| std::env::var(name).ok());
    let mut clipboard = Live::new(options.clipboard, route, io::stdout());
    run::run(&mut terminal, &mut app, &options.theme, &mut TerminalEvents, &mut clipboard, &mut Process)
}
