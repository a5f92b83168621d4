//! Terminal events to actions: keys normalised and looked up in the key
//! table, the wheel and left clicks by position, resizes as they come.

use ratatui::crossterm::event::{Event, MouseButton, MouseEventKind};

use super::action::Action;
use super::app::App;
use super::keys::Key;

pub fn translate(event: &Event, app: &App) -> Option<Action> {
    match event {
        Event::Key(key) => app.keymap().resolve(Key::from_event(*key)?, app.mode(), app.focus()),
        Event::Mouse(mouse) => {
            let (column, row) = (mouse.column, mouse.row);
            match mouse.kind {
                MouseEventKind::ScrollDown => Some(Action::Wheel { column, row, down: true }),
                MouseEventKind::ScrollUp => Some(Action::Wheel { column, row, down: false }),
                MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column, row }),
                _ => None,
            }
        }
        Event::Resize(width, height) => Some(Action::Resize(*width, *height)),
        _ => None,
    }
}
