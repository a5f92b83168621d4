//! The command line as a script meets it: the built binary, its output and
//! exit status, with the user's own catalog and config files, and hostile
//! text in them.

#[path = "../common/mod.rs"]
mod common;

mod check;
mod choosing;
mod config_file;
mod hostile;
mod lookups;
mod manual;
mod pager;
mod search;
mod user_catalog;
