//! The default key table, in the order help lists it. Earlier rows win.

use ratatui::crossterm::event::KeyCode::{
    BackTab, Backspace, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Tab, Up,
};

use super::key::Key;
use super::keymap::Scope;
use crate::tui::action::Action;

/// A row of the default table.
pub(super) struct DefaultBinding {
    pub scope: Scope,
    pub keys: &'static [Key],
    pub action: Action,
    /// What the help overlay says the keys do.
    pub help: &'static str,
}

const fn bind(scope: Scope, keys: &'static [Key], action: Action, help: &'static str) -> DefaultBinding {
    DefaultBinding { scope, keys, action, help }
}

#[rustfmt::skip]
pub(super) const DEFAULTS: &[DefaultBinding] = &[
    bind(Scope::Everywhere, &[Key::ctrl('c')], Action::Quit, "quit"),
    bind(Scope::Everywhere, &[Key::ctrl('z')], Action::Suspend, "suspend (fg to resume)"),
    bind(Scope::Everywhere, &[Key::ctrl('l')], Action::Redraw, "redraw the screen"),
    bind(Scope::Everywhere, &[Key::ctrl('n')], Action::MoveDown, "next code, whatever has focus"),
    bind(Scope::Everywhere, &[Key::ctrl('p')], Action::MoveUp, "previous code, whatever has focus"),
    bind(Scope::List, &[Key::plain(Down), Key::char('j')], Action::MoveDown, "next code"),
    bind(Scope::List, &[Key::plain(Up), Key::char('k')], Action::MoveUp, "previous code"),
    bind(Scope::List, &[Key::plain(Enter)], Action::FocusDetail, "show the detail (focus it)"),
    bind(Scope::Browse, &[Key::plain(PageDown), Key::char(' ')], Action::PageDown, "page down (the focused pane)"),
    bind(Scope::Browse, &[Key::plain(PageUp)], Action::PageUp, "page up (the focused pane)"),
    bind(Scope::Browse, &[Key::ctrl('d')], Action::HalfPageDown, "half a page down"),
    bind(Scope::Browse, &[Key::ctrl('u')], Action::HalfPageUp, "half a page up"),
    bind(Scope::Browse, &[Key::plain(Home), Key::char('g')], Action::First, "first code, or top of the detail"),
    bind(Scope::Browse, &[Key::plain(End), Key::char('G')], Action::Last, "last code, or end of the detail"),
    bind(Scope::Browse, &[Key::char('/')], Action::StartSearch, "search (digits start one too: 429)"),
    bind(Scope::Browse, &[Key::char('e')], Action::ShowExamples, "jump to the example response"),
    bind(Scope::Browse, &[Key::char('y')], Action::CopyExample, "copy the example response"),
    bind(Scope::Browse, &[Key::char(']')], Action::NextExample, "next example"),
    bind(Scope::Browse, &[Key::char('[')], Action::PreviousExample, "previous example"),
    bind(Scope::Browse, &[Key::char('c')], Action::CopyStatusLine, "copy \"404 Not Found\""),
    bind(Scope::Browse, &[Key::char('Y')], Action::CopySpecUrl, "copy the spec URL"),
    bind(Scope::Browse, &[Key::char('o')], Action::OpenReference, "open the spec in a browser"),
    bind(Scope::Browse, &[Key::plain(Tab), Key::plain(BackTab)], Action::ToggleFocus, "focus list / detail"),
    bind(Scope::Browse, &[Key::char('z')], Action::ToggleZoom, "zoom the focused pane, or unzoom"),
    bind(Scope::Browse, &[Key::char('r')], Action::OpenRelated, "related codes: pick one to follow"),
    bind(Scope::Browse, &[Key::plain(Backspace), Key::ctrl('o'), Key::alt(Left)], Action::HistoryBack, "back to the code followed from"),
    // Ctrl-i is Tab to a terminal without the kitty keyboard protocol:
    // there Alt-Right goes forward.
    bind(Scope::Browse, &[Key::ctrl('i'), Key::alt(Right)], Action::HistoryForward, "forward again"),
    bind(Scope::Browse, &[Key::char('m')], Action::ToggleMark, "mark / unmark the code for comparing"),
    bind(Scope::Browse, &[Key::char('=')], Action::Compare, "compare the marked codes (or the code's group)"),
    bind(Scope::Browse, &[Key::char('w')], Action::Guide, "which code should I return? (the guide)"),
    bind(Scope::Browse, &[Key::char('v')], Action::ToggleVendors, "hide / show vendors' codes"),
    bind(Scope::Browse, &[Key::char('d')], Action::ToggleRetired, "hide / show retired codes"),
    bind(Scope::Browse, &[Key::char('J')], Action::ScrollDetailDown, "scroll detail down"),
    bind(Scope::Browse, &[Key::char('K')], Action::ScrollDetailUp, "scroll detail up"),
    bind(Scope::Browse, &[Key::char('?')], Action::ToggleHelp, "help"),
    bind(Scope::Browse, &[Key::plain(Esc)], Action::Back, "back: detail to list, clear the filter, quit"),
    bind(Scope::Browse, &[Key::char('q')], Action::Quit, "quit"),
    bind(Scope::Detail, &[Key::plain(Down), Key::char('j')], Action::ScrollDetailDown, "scroll detail down"),
    bind(Scope::Detail, &[Key::plain(Up), Key::char('k')], Action::ScrollDetailUp, "scroll detail up"),
    bind(Scope::Search, &[Key::plain(Enter)], Action::AcceptSearch, "keep the filter, back to the list"),
    bind(Scope::Search, &[Key::plain(Esc)], Action::CancelSearch, "clear the filter, back to the list"),
    bind(Scope::Search, &[Key::plain(Down)], Action::MoveDown, "next match"),
    bind(Scope::Search, &[Key::plain(Up)], Action::MoveUp, "previous match"),
    bind(Scope::Search, &[Key::plain(Backspace)], Action::Backspace, "delete a character"),
    bind(Scope::Search, &[Key::ctrl('u')], Action::ClearQuery, "delete to the start"),
    bind(Scope::Search, &[Key::ctrl('w'), Key::alt(Backspace)], Action::DeleteWord, "delete a word"),
    bind(Scope::Search, &[Key::plain(Left)], Action::CursorLeft, "cursor left"),
    bind(Scope::Search, &[Key::plain(Right)], Action::CursorRight, "cursor right"),
    bind(Scope::Search, &[Key::plain(Home)], Action::CursorHome, "to the start"),
    bind(Scope::Search, &[Key::plain(End)], Action::CursorEnd, "to the end"),
    bind(Scope::Help, &[Key::char('?'), Key::plain(Esc), Key::char('q')], Action::ToggleHelp, "close help"),
    bind(Scope::Help, &[Key::plain(Down), Key::char('j')], Action::MoveDown, "scroll down"),
    bind(Scope::Help, &[Key::plain(Up), Key::char('k')], Action::MoveUp, "scroll up"),
    bind(Scope::Help, &[Key::plain(PageDown), Key::char(' ')], Action::PageDown, "page down"),
    bind(Scope::Help, &[Key::plain(PageUp)], Action::PageUp, "page up"),
    bind(Scope::Help, &[Key::plain(Home), Key::char('g')], Action::First, "top"),
    bind(Scope::Help, &[Key::plain(End), Key::char('G')], Action::Last, "end"),
    bind(Scope::Related, &[Key::plain(Down), Key::char('j')], Action::MoveDown, "next"),
    bind(Scope::Related, &[Key::plain(Up), Key::char('k')], Action::MoveUp, "previous"),
    bind(Scope::Related, &[Key::plain(Enter)], Action::FollowRelated, "go to it"),
    bind(Scope::Related, &[Key::plain(Esc), Key::char('r'), Key::char('q')], Action::Back, "close"),
    bind(Scope::Compare, &[Key::plain(Down), Key::char('j')], Action::MoveDown, "scroll down"),
    bind(Scope::Compare, &[Key::plain(Up), Key::char('k')], Action::MoveUp, "scroll up"),
    bind(Scope::Compare, &[Key::plain(PageDown), Key::char(' ')], Action::PageDown, "page down"),
    bind(Scope::Compare, &[Key::plain(PageUp)], Action::PageUp, "page up"),
    bind(Scope::Compare, &[Key::char('p')], Action::NextPreset, "next preset group"),
    bind(Scope::Compare, &[Key::plain(Esc), Key::char('='), Key::char('q')], Action::Back, "close"),
    bind(Scope::Guide, &[Key::plain(Enter)], Action::FollowAnswer, "go to the code answered"),
    bind(Scope::Guide, &[Key::plain(Down), Key::char('j')], Action::MoveDown, "scroll down"),
    bind(Scope::Guide, &[Key::plain(Up), Key::char('k')], Action::MoveUp, "scroll up"),
    bind(Scope::Guide, &[Key::plain(Backspace)], Action::Backspace, "one question back"),
    bind(Scope::Guide, &[Key::plain(Esc), Key::char('q')], Action::Back, "close"),
];
