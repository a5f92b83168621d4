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

/// A key worth showing: its action, where it is bound, the word for it,
/// and how long it stays as the line narrows (the highest stay longest).
struct Hint {
    action: Action,
    scope: Scope,
    word: &'static str,
    keep: u8,
}

const fn hint(action: Action, scope: Scope, word: &'static str, keep: u8) -> Hint {
    Hint { action, scope, word, keep }
}

/// The hints for the state the browser is in, in the order shown. `? help`
/// and `q quit` are the last to go: with them a user can find the rest.
fn hints(app: &App) -> Vec<Hint> {
    match (app.mode(), app.focus()) {
        (Mode::Search, _) => vec![
            hint(Action::AcceptSearch, Scope::Search, "keep", 5),
            hint(Action::CancelSearch, Scope::Search, "clear", 5),
            hint(Action::MoveDown, Scope::Search, "move", 2),
            hint(Action::Quit, Scope::Everywhere, "quit", 9),
        ],
        (Mode::Help, _) => vec![hint(Action::ToggleHelp, Scope::Help, "close", 9)],
        (Mode::Compare, _) => vec![
            hint(Action::MoveDown, Scope::Compare, "scroll", 3),
            hint(Action::NextPreset, Scope::Compare, "next preset", 5),
            hint(Action::Back, Scope::Compare, "close", 9),
        ],
        (Mode::Guide, _) => vec![
            hint(Action::FollowAnswer, Scope::Guide, "go to the code", 5),
            hint(Action::Backspace, Scope::Guide, "back", 4),
            hint(Action::Back, Scope::Guide, "close", 9),
        ],
        (Mode::Related, _) => vec![
            hint(Action::MoveDown, Scope::Related, "move", 3),
            hint(Action::FollowRelated, Scope::Related, "go to it", 8),
            hint(Action::Back, Scope::Related, "close", 9),
        ],
        (Mode::Browse, Focus::List) => {
            let mut hints = vec![
                hint(Action::StartSearch, Scope::Browse, "search", 5),
                hint(Action::ShowExamples, Scope::Browse, "example", 3),
                hint(Action::CopyExample, Scope::Browse, "copy example", 4),
                hint(Action::CopyStatusLine, Scope::Browse, "copy status", 1),
                hint(Action::ToggleFocus, Scope::Browse, "detail", 2),
            ];
            if !app.query().is_empty() {
                hints.push(hint(Action::Back, Scope::Browse, "clear filter", 6));
            }
            hints.extend([
                hint(Action::ToggleHelp, Scope::Browse, "help", 9),
                hint(Action::Quit, Scope::Browse, "quit", 9),
            ]);
            hints
        }
        (Mode::Browse, Focus::Detail) => vec![
            hint(Action::ScrollDetailDown, Scope::Detail, "scroll", 3),
            hint(Action::CopyExample, Scope::Browse, "copy example", 4),
            hint(Action::NextExample, Scope::Browse, "next example", 2),
            hint(Action::ToggleZoom, Scope::Browse, "zoom", 1),
            hint(Action::Back, Scope::Browse, "list", 6),
            hint(Action::ToggleHelp, Scope::Browse, "help", 9),
            hint(Action::Quit, Scope::Browse, "quit", 9),
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
        // Whole hints only, as many as fit: the ones to keep longest first,
        // then shown in their own order.
        let hints: Vec<(Hint, String, String)> = hints(self.app)
            .into_iter()
            .map(|hint| {
                let keys = self.app.keymap().keys_for(hint.action, hint.scope);
                let keys = keys.first().map(ToString::to_string).unwrap_or_default();
                let word = format!(" {} ", hint.word);
                (hint, keys, word)
            })
            .filter(|(_, keys, _)| !keys.is_empty())
            .collect();
        let width = |(_, keys, word): &(Hint, String, String)| 1 + keys.width() + word.width();
        let mut order: Vec<usize> = (0..hints.len()).collect();
        order.sort_by_key(|index| std::cmp::Reverse(hints[*index].0.keep));
        let mut shown = vec![false; hints.len()];
        let mut used = 0;
        for index in order {
            if used + width(&hints[index]) <= usize::from(area.width) {
                used += width(&hints[index]);
                shown[index] = true;
            }
        }
        let mut spans = Vec::new();
        for ((_, keys, word), _) in hints.into_iter().zip(shown).filter(|(_, shown)| *shown) {
            spans.push(Span::raw(" "));
            spans.push(Span::styled(keys, self.theme.heading()));
            spans.push(Span::styled(word, self.theme.dim()));
        }
        Line::from(spans).render(area, buf);
    }
}
