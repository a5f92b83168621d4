//! The browser's whole state, plain data: what is listed, what is selected,
//! what is typed, what is shown. Only `update` changes it; the view reads it.

use ratatui::layout::Size;

use super::keymap::Keymap;
use crate::catalog::{Catalog, Class, Entry};
use crate::search::{Hit, Search};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Browse,
    /// Typing a query: keys are text.
    Search,
    Help,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    List,
    Detail,
}

/// One line of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Header(Class),
    /// Position in `App::hits`.
    Hit(usize),
}

/// A short message in the status line that goes away after a few seconds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Toast {
    pub text: String,
    pub kind: ToastKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ToastKind {
    Info,
    Error,
}

pub struct App {
    pub(super) catalog: Catalog,
    search: Search,
    /// The filter as typed.
    pub query: String,
    /// The entries the list shows, best match first (catalog order when the
    /// query is empty).
    pub hits: Vec<Hit>,
    /// Index into `hits`; `None` exactly when `hits` is empty.
    pub selected: Option<usize>,
    /// First row of the list on screen (rows include class headers).
    pub list_offset: usize,
    pub mode: Mode,
    pub focus: Focus,
    pub detail_scroll: u16,
    /// Which example of the selected entry `y` copies.
    pub example: usize,
    pub help_scroll: u16,
    pub toast: Option<Toast>,
    /// Bumped whenever a toast is set, so the loop can time each one.
    pub toast_serial: u64,
    /// The terminal size, for paging and for finding what a click hit.
    pub size: Size,
    /// The keys in force: what dispatch, help and hints all read.
    pub keymap: Keymap,
}

impl App {
    pub fn new(catalog: Catalog, size: Size) -> Self {
        let search = Search::new(catalog.entries());
        let mut app = Self {
            catalog,
            search,
            query: String::new(),
            hits: Vec::new(),
            selected: None,
            list_offset: 0,
            mode: Mode::Browse,
            focus: Focus::List,
            detail_scroll: 0,
            example: 0,
            help_scroll: 0,
            toast: None,
            toast_serial: 0,
            size,
            keymap: Keymap::default(),
        };
        app.refilter();
        app
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    pub fn entry_of(&self, hit: &Hit) -> &Entry {
        &self.catalog.entries()[hit.index]
    }

    /// The entry the detail pane shows.
    pub fn selected_entry(&self) -> Option<&Entry> {
        self.selected.and_then(|selected| self.hits.get(selected)).map(|hit| self.entry_of(hit))
    }

    /// Whether the list is in catalog order, where class headers make sense;
    /// a ranked word search is not.
    pub fn grouped(&self) -> bool {
        self.query.trim().is_empty()
    }

    /// The list's rows: entries, and a header before each class when
    /// grouped. Row positions are what scrolling and clicks work with.
    pub fn rows(&self) -> Vec<Row> {
        let mut rows = Vec::with_capacity(self.hits.len() + 6);
        let mut class = None;
        for (position, hit) in self.hits.iter().enumerate() {
            if self.grouped() {
                let this = self.entry_of(hit).class;
                if class != Some(this) {
                    rows.push(Row::Header(this));
                    class = Some(this);
                }
            }
            rows.push(Row::Hit(position));
        }
        rows
    }

    /// The row the selection is on.
    pub fn selected_row(&self) -> Option<usize> {
        let selected = self.selected?;
        self.rows().iter().position(|row| *row == Row::Hit(selected))
    }

    pub fn show_toast(&mut self, text: impl Into<String>, kind: ToastKind) {
        self.toast = Some(Toast { text: text.into(), kind });
        self.toast_serial += 1;
    }

    /// Runs the query again and puts the selection on the best match.
    pub(super) fn refilter(&mut self) {
        self.hits = self.search.run(&self.query);
        self.selected = if self.hits.is_empty() { None } else { Some(0) };
        self.list_offset = 0;
        self.reset_detail();
    }

    /// A new entry starts at the top of its detail with its first example.
    pub(super) fn reset_detail(&mut self) {
        self.detail_scroll = 0;
        self.example = 0;
    }
}
