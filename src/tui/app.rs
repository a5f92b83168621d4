//! The browser's whole state, plain data: what is listed, what is selected,
//! what is typed, what is shown. Only `update` (and the fit step it ends
//! with) changes it; everything else reads it through the methods below.

use std::rc::Rc;

use ratatui::layout::Size;

use super::detail_cache::DetailCache;
pub use super::hidden::Hidden;
use super::keys::Keymap;
use super::layout::{self, Screen};
pub use super::toast::{Toast, ToastKind};
use crate::catalog::{Catalog, Class, Entry};
use crate::present::entry::EntryLines;
use crate::present::theme::Theme;
use crate::search::{Hit, Search};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Browse,
    /// Typing a query: keys are text.
    Search,
    Help,
    /// Picking one of the selected entry's related codes.
    Related,
    /// Marked codes (or a preset group) side by side.
    Compare,
    /// "Which code should I return?", a question at a time.
    Guide,
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
    /// Position in [`App::hits`].
    Hit(usize),
}

pub struct App {
    pub(super) catalog: Catalog,
    pub(super) search: Search,
    /// The filter as typed.
    pub(super) query: String,
    /// Characters after the cursor in `query` (see [`super::query_edit`]).
    pub(super) cursor_back: usize,
    /// The entries the list shows, best match first (catalog order when the
    /// query is empty).
    pub(super) hits: Vec<Hit>,
    /// Whether `hits` are ranked by a word search, rather than in catalog
    /// order, where class headers make sense.
    pub(super) ranked: bool,
    /// With no hits: the entry the query most likely meant.
    pub(super) suggestion: Option<usize>,
    /// Position in `hits`; `None` exactly when `hits` is empty.
    pub(super) selected: Option<usize>,
    /// First row of the list on screen (rows include class headers); kept
    /// by the fit step so the selection is always in view.
    pub(super) list_offset: usize,
    pub(super) mode: Mode,
    pub(super) focus: Focus,
    /// Whether the focused pane has the whole screen.
    pub(super) zoomed: bool,
    /// What the list leaves out, whatever the query.
    pub(super) hidden: Hidden,
    /// The related-code picker's cursor, a position in
    /// [`App::related_entries`].
    pub(super) related_cursor: usize,
    /// Entries followed from (back) and gone back from (forward), as a
    /// browser's history: catalog positions.
    pub(super) back: Vec<usize>,
    pub(super) forward: Vec<usize>,
    /// First line of the detail on screen; bounded by the fit step.
    pub(super) detail_scroll: usize,
    /// Asks the fit step to scroll the detail to the chosen example's
    /// heading, which only a layout for the pane's width can place.
    pub(super) reveal_example: bool,
    /// Which example of the selected entry `y` copies.
    pub(super) example_index: usize,
    /// First line of the help on screen; bounded by the fit step.
    pub(super) help_scroll: usize,
    pub(super) toast: Option<Toast>,
    /// How many toasts have been shown: the next one's id.
    pub(super) toasts_shown: u64,
    /// What a copy under way is called ("429 example 1/3"), for the toast
    /// that reports how it went.
    pub(super) copying: Option<String>,
    /// The terminal size, for paging and for finding what a click hit.
    pub(super) size: Size,
    /// The keys in force: what dispatch, help and hints all read.
    pub(super) keymap: Keymap,
    /// Codes marked with `m` for comparing, in the order marked.
    pub(super) marked: Vec<u16>,
    /// The codes the grid shows, and its first line on screen.
    pub(super) comparing: Vec<u16>,
    pub(super) compare_scroll: usize,
    /// The comparison data and the guide, read when first wanted.
    pub(super) compare_data: Option<Rc<crate::compare::Compare>>,
    pub(super) guide_tree: Option<Rc<crate::guide::Tree>>,
    /// The guide's answers so far, and the first line of it on screen.
    pub(super) guide: crate::guide::Walk,
    pub(super) guide_scroll: usize,
    /// The selected entry laid out, for the view and the fit step.
    detail_cache: DetailCache,
}

impl App {
    pub fn new(catalog: Catalog, size: Size, keymap: Keymap) -> Self {
        let search = Search::new(catalog.entries());
        let mut app = Self {
            catalog,
            search,
            query: String::new(),
            cursor_back: 0,
            hits: Vec::new(),
            ranked: false,
            suggestion: None,
            selected: None,
            list_offset: 0,
            mode: Mode::Browse,
            focus: Focus::List,
            zoomed: false,
            hidden: Hidden::default(),
            related_cursor: 0,
            back: Vec::new(),
            forward: Vec::new(),
            detail_scroll: 0,
            reveal_example: false,
            example_index: 0,
            help_scroll: 0,
            toast: None,
            toasts_shown: 0,
            copying: None,
            size,
            keymap,
            marked: Vec::new(),
            comparing: Vec::new(),
            compare_scroll: 0,
            compare_data: None,
            guide_tree: None,
            guide: crate::guide::Walk::default(),
            guide_scroll: 0,
            detail_cache: DetailCache::default(),
        };
        app.refilter();
        app
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// Whether `code` is marked for comparing.
    pub fn is_marked(&self, code: u16) -> bool {
        self.marked.contains(&code)
    }

    pub fn compare_scroll(&self) -> usize {
        self.compare_scroll
    }

    pub fn guide_scroll(&self) -> usize {
        self.guide_scroll
    }

    pub fn query(&self) -> &str {
        &self.query
    }

    /// Where the cursor is in the query, as a byte position.
    pub fn cursor(&self) -> usize {
        super::query_edit::position(&self.query, self.cursor_back)
    }

    /// Replaces the query whole, the cursor at its end.
    pub(super) fn set_query(&mut self, query: String) {
        self.query = query;
        self.cursor_back = 0;
    }

    pub fn hits(&self) -> &[Hit] {
        &self.hits
    }

    /// Position of the selection in [`App::hits`].
    pub fn selected(&self) -> Option<usize> {
        self.selected
    }

    pub fn list_offset(&self) -> usize {
        self.list_offset
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    pub fn focus(&self) -> Focus {
        self.focus
    }

    /// The pane that has the whole screen, if one has: the focused one.
    pub fn zoomed(&self) -> Option<Focus> {
        self.zoomed.then_some(self.focus)
    }

    /// What the list leaves out.
    pub fn hidden(&self) -> Hidden {
        self.hidden
    }

    /// The selected entry's related codes as catalog positions, every
    /// meaning of each, in the order the entry names them.
    pub fn related_entries(&self) -> Vec<usize> {
        let Some(entry) = self.selected_entry() else {
            return Vec::new();
        };
        let entries = self.catalog.entries();
        let mut found = Vec::new();
        for code in entry.related_codes.iter() {
            let first = entries.partition_point(|other| other.code < *code);
            found.extend((first..entries.len()).take_while(|at| entries[*at].code == *code));
        }
        found
    }

    /// Position of the picker's cursor in [`App::related_entries`].
    pub fn related_cursor(&self) -> usize {
        self.related_cursor
    }

    pub fn detail_scroll(&self) -> usize {
        self.detail_scroll
    }

    pub fn example_index(&self) -> usize {
        self.example_index
    }

    pub fn help_scroll(&self) -> usize {
        self.help_scroll
    }

    pub fn toast(&self) -> Option<&Toast> {
        self.toast.as_ref()
    }

    pub fn size(&self) -> Size {
        self.size
    }

    pub fn keymap(&self) -> &Keymap {
        &self.keymap
    }

    pub fn entry_of(&self, hit: &Hit) -> &Entry {
        &self.catalog.entries()[hit.entry]
    }

    /// The entry the detail pane shows.
    pub fn selected_entry(&self) -> Option<&Entry> {
        self.selected_hit().map(|hit| self.entry_of(hit))
    }

    fn selected_hit(&self) -> Option<&Hit> {
        self.selected.and_then(|selected| self.hits.get(selected))
    }

    /// The selected entry laid out for `width` with the chosen example
    /// marked, styled with `theme`: laid out once, then kept.
    pub fn detail_lines(&self, width: u16, theme: &Theme) -> Option<Rc<EntryLines>> {
        let hit = self.selected_hit()?;
        let width = width.min(layout::MEASURE);
        Some(self.detail_cache.styled(&self.catalog, hit.entry, width, self.example_index, theme))
    }

    /// The same lines in whatever style they were last laid out in: for
    /// counting them and finding examples.
    pub(super) fn detail_shape(&self, width: u16) -> Option<Rc<EntryLines>> {
        let hit = self.selected_hit()?;
        let width = width.min(layout::MEASURE);
        Some(self.detail_cache.shape(&self.catalog, hit.entry, width, self.example_index))
    }

    /// The search line shows while typing and while a filter is kept.
    pub fn shows_search_line(&self) -> bool {
        self.mode == Mode::Search || !self.query.is_empty()
    }

    /// Where every pane is on the current screen.
    pub fn screen(&self) -> Screen {
        layout::screen(self.size, self.shows_search_line(), self.zoomed())
    }

    /// Whether the list is in catalog order, where class headers make sense;
    /// a ranked word search is not.
    pub fn grouped(&self) -> bool {
        !self.ranked
    }

    /// With nothing matching: the entry the query most likely meant.
    pub fn suggestion(&self) -> Option<&Entry> {
        self.suggestion.map(|index| &self.catalog.entries()[index])
    }

    pub(super) fn show_toast(&mut self, text: impl Into<String>, kind: ToastKind) {
        self.toasts_shown += 1;
        self.toast = Some(Toast { text: text.into(), kind, id: self.toasts_shown });
    }

    /// Runs the query again and puts the selection on the best match.
    pub(super) fn refilter(&mut self) {
        let results = self.search.run(&self.query);
        (self.hits, self.ranked, self.suggestion) = (results.hits, results.ranked, results.suggestion);
        let entries = self.catalog.entries();
        let hidden = self.hidden;
        self.hits.retain(|hit| !hidden.hides(&entries[hit.entry]));
        if !self.ranked {
            // The list starts at 100 Continue: codes outside 100-599 (AWS's
            // 000, LinkedIn's 999) are one group, at the end.
            self.hits.sort_by_key(|hit| entries[hit.entry].class == Class::Nonstandard);
        }
        self.selected = if self.hits.is_empty() { None } else { Some(0) };
        self.list_offset = 0;
        self.reset_detail();
    }

    /// A new entry starts at the top of its detail with its first example.
    pub(super) fn reset_detail(&mut self) {
        self.detail_scroll = 0;
        self.reveal_example = false;
        self.example_index = 0;
    }
}
