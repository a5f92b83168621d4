//! Everything the user can make happen, as plain data: the key table maps
//! keys to these, and `update` is the only place that carries them out.

/// One thing to do to the app's state. The snake-case name of each
/// (`copy_example`) is what a config file's `[keys]` table calls it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Action {
    MoveUp,
    MoveDown,
    PageUp,
    PageDown,
    HalfPageUp,
    HalfPageDown,
    First,
    Last,
    /// Move keyboard focus between the list and the detail pane.
    ToggleFocus,
    /// Focus the detail pane.
    FocusDetail,
    /// Focus the detail pane, scrolled to the chosen example.
    ShowExamples,
    /// Give the focused pane the whole screen, or take it back.
    #[strum(serialize = "zoom")]
    ToggleZoom,
    /// Open the picker of the selected entry's related codes.
    #[strum(serialize = "related")]
    OpenRelated,
    /// Go to the related code the picker's cursor is on.
    FollowRelated,
    /// Back to the entry a related code was followed from.
    HistoryBack,
    /// Forward again, after going back.
    HistoryForward,
    /// Mark the selected code for comparing, or unmark it.
    #[strum(serialize = "mark")]
    ToggleMark,
    /// The marked codes side by side (or the selected code's preset).
    Compare,
    /// The next preset group in the comparison grid.
    NextPreset,
    /// "Which code should I return?"
    Guide,
    /// Go to the code the guide answered.
    FollowAnswer,
    /// Hide vendors' codes, or show them again.
    #[strum(serialize = "hide_vendors")]
    ToggleVendors,
    /// Hide deprecated, obsolete and unused codes, or show them again.
    #[strum(serialize = "hide_retired")]
    ToggleRetired,
    ScrollDetailUp,
    ScrollDetailDown,
    PreviousExample,
    NextExample,
    CopyExample,
    CopyStatusLine,
    CopySpecUrl,
    /// Open the entry's reference (its spec section) in a browser.
    #[strum(serialize = "open")]
    OpenReference,
    #[strum(serialize = "search")]
    StartSearch,
    /// Keep the filter and go back to the list.
    AcceptSearch,
    /// Clear the filter and go back to the list.
    CancelSearch,
    Backspace,
    /// Delete the query before the cursor.
    ClearQuery,
    DeleteWord,
    CursorLeft,
    CursorRight,
    CursorHome,
    CursorEnd,
    /// Typed text in search mode; never produced by the key table.
    Insert(char),
    #[strum(serialize = "help")]
    ToggleHelp,
    /// Back one level: detail to list, then the kept filter, then quit.
    Back,
    Quit,
    /// Draw the whole screen again.
    Redraw,
    Suspend,
    /// The terminal is now this many columns and rows.
    Resize(u16, u16),
    /// The mouse wheel turned over a screen cell.
    Wheel {
        column: u16,
        row: u16,
        down: bool,
    },
    /// A left click on a screen cell.
    Click {
        column: u16,
        row: u16,
    },
}

impl Action {
    /// What a config file calls this action.
    pub fn config_name(self) -> &'static str {
        self.into()
    }
}
