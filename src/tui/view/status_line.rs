//! The bottom line: a toast when there is one, otherwise the keys that
//! matter in the current mode, read from the key table.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use unicode_width::UnicodeWidthStr;

use crate::present::theme::Theme;
use crate::tui::action::Action;
use crate::tui::app::{App, Focus, Mode, ToastKind};
use crate::tui::keys::Scope;

pub struct StatusLine<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
}

/// The hints per mode: the action and the word the status line uses.
fn hints(mode: Mode, focus: Focus) -> &'static [(Action, Scope, &'static str)] {
    match (mode, focus) {
        (Mode::Search, _) => &[
            (Action::AcceptSearch, Scope::Search, "keep"),
            (Action::CancelSearch, Scope::Search, "clear"),
            (Action::MoveDown, Scope::Search, "move"),
            (Action::Quit, Scope::Everywhere, "quit"),
        ],
        (Mode::Help, _) => &[(Action::ToggleHelp, Scope::Help, "close")],
        (Mode::Browse, Focus::List) => &[
            (Action::StartSearch, Scope::Browse, "search"),
            (Action::CopyExample, Scope::Browse, "copy example"),
            (Action::NextExample, Scope::Browse, "next example"),
            (Action::CopyStatusLine, Scope::Browse, "copy status"),
            (Action::ToggleFocus, Scope::Browse, "detail"),
            (Action::ToggleHelp, Scope::Browse, "help"),
            (Action::Quit, Scope::Browse, "quit"),
        ],
        (Mode::Browse, Focus::Detail) => &[
            (Action::ScrollDetailDown, Scope::Detail, "scroll"),
            (Action::CopyExample, Scope::Browse, "copy example"),
            (Action::NextExample, Scope::Browse, "next example"),
            (Action::ToggleFocus, Scope::Browse, "list"),
            (Action::ToggleHelp, Scope::Browse, "help"),
            (Action::Quit, Scope::Browse, "quit"),
        ],
    }
}

impl Widget for StatusLine<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if let Some(toast) = self.app.toast() {
            let style = match toast.kind {
                ToastKind::Info | ToastKind::Progress => self.theme.info(),
                ToastKind::Error => self.theme.error(),
            };
            Line::styled(format!(" {}", toast.text), style).render(area, buf);
            return;
        }
        // Whole hints only: one that does not fit is left out, not cut.
        let mut spans = Vec::new();
        let mut used = 0;
        for (action, scope, word) in hints(self.app.mode(), self.app.focus()) {
            let keys = self.app.keymap().keys_for(*action, *scope).first().map(ToString::to_string).unwrap_or_default();
            let word = format!(" {word} ");
            let width = 1 + keys.width() + word.width();
            if used + width > usize::from(area.width) {
                break;
            }
            used += width;
            spans.push(Span::raw(" "));
            spans.push(Span::styled(keys, self.theme.heading()));
            spans.push(Span::styled(word, self.theme.dim()));
        }
        Line::from(spans).render(area, buf);
    }
}
