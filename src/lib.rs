//! statusbrowse: HTTP status codes, their meaning, their spec and a
//! ready-to-paste example, in the terminal.
//!
//! A pure core (the catalog, the search, the browser's state and what keys
//! do to it) inside a thin shell (the command line, the terminal, the
//! clipboard, signals and files). ARCHITECTURE.md draws the map.

/// Large texts compiled in, named so the linker can place them.
mod bulk;
/// What statusbrowse knows: the entries, their schema and their rules.
pub mod catalog;
/// `statusbrowse check`: real responses explained and held to the RFCs.
pub mod check;
/// The command line, and the composition root that picks what to run.
pub mod cli;
/// Confusable codes side by side, and what decides between them.
pub mod compare;
/// What the user chose: config file, flags, environment, own catalogs.
pub mod config;
/// "Which code should I return?": a decision tree, one question at a time.
pub mod guide;
/// Example responses taken apart by a real HTTP parser.
pub mod http_message;
/// Untrusted text made harmless before it reaches a terminal.
pub mod inert;
/// How entries look, on screen and in print: layout, highlighting, theme.
pub mod present;
/// One search for the browser's filter and command-line lookups alike.
pub mod search;
/// The full-screen browser.
pub mod tui;
/// Where a mistake in a user's file is, and what it is.
pub mod user_file;
