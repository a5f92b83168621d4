//! statusbrowse: HTTP status codes, their meaning, their spec and a
//! ready-to-paste example, in the terminal.
//!
//! The crate is a pure core (the catalog and what decides what to show) and a
//! thin shell (the command line and, later, the terminal UI) around it.

/// What statusbrowse knows: the entries, their schema and their rules.
pub mod catalog;
/// The command line: arguments and printed output.
pub mod cli;
/// The user's settings file.
pub mod config;
/// Example responses taken apart by a real HTTP parser.
pub mod http_message;
/// Untrusted text made harmless before it reaches a terminal.
pub mod inert;
/// One search for the UI filter and command-line lookups alike.
pub mod search;
/// The full-screen browser.
pub mod tui;
