//! The pure core and what it draws, in process: the catalog against its
//! sources and rules, the browser's state under keys, its rendered screens,
//! and properties over any input.

#[path = "../common/mod.rs"]
mod common;

mod architecture;
mod browser_search;
mod catalog;
mod check;
mod citations;
mod compare;
mod guide;
mod input_props;
mod relevance;
mod tui_choosing;
mod tui_core;
mod tui_keys;
mod tui_props;
mod tui_render;
mod validation;
