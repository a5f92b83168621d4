//! Colours and emphasis. With `NO_COLOR` everything still reads: the
//! selection is reverse video, matches are bold and underlined.

use std::collections::BTreeMap;

use ratatui::style::{Color, Modifier, Style};

use crate::catalog::Class;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
    /// The colour of each class, indexed by `Class as usize` (declaration
    /// order: 1xx to 5xx, then nonstandard).
    classes: [Color; 6],
}

/// The colours a class gets unless the config file says otherwise.
const CLASS_COLORS: [Color; 6] = [Color::Blue, Color::Green, Color::Cyan, Color::Yellow, Color::Red, Color::Magenta];

impl Theme {
    pub const COLOR: Self = Self { color: true, classes: CLASS_COLORS };
    pub const MONOCHROME: Self = Self { color: false, classes: CLASS_COLORS };

    /// Colour or not, as decided elsewhere (`--color`, the terminal).
    pub fn for_output(color: bool) -> Self {
        if color { Self::COLOR } else { Self::MONOCHROME }
    }

    /// `NO_COLOR` set to anything non-empty turns colour off
    /// (https://no-color.org).
    pub fn from_env() -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty());
        Self::for_output(!no_color)
    }

    /// This theme with the given class colours.
    pub fn with_classes(self, colors: &BTreeMap<Class, Color>) -> Self {
        let mut classes = self.classes;
        for (class, color) in colors {
            classes[*class as usize] = *color;
        }
        Self { classes, ..self }
    }

    fn fg(&self, color: Color) -> Style {
        if self.color { Style::new().fg(color) } else { Style::new() }
    }

    pub fn class(&self, class: Class) -> Style {
        self.fg(self.classes[class as usize])
    }

    pub fn selected(&self) -> Style {
        if self.color {
            Style::new().bg(Color::DarkGray).add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }

    /// Matched characters of a search.
    pub fn matched(&self) -> Style {
        self.fg(Color::LightYellow).add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    pub fn dim(&self) -> Style {
        if self.color { Style::new().fg(Color::DarkGray) } else { Style::new().add_modifier(Modifier::DIM) }
    }

    /// Secondary text on a row that may be selected: dark grey would vanish
    /// on the selection's dark-grey background, so there it is light grey.
    pub fn quiet(&self, selected: bool) -> Style {
        if self.color && selected { Style::new().fg(Color::Gray) } else { self.dim() }
    }

    pub fn heading(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn link(&self) -> Style {
        self.fg(Color::Blue).add_modifier(Modifier::UNDERLINED)
    }

    pub fn border(&self, focused: bool) -> Style {
        match (focused, self.color) {
            (true, true) => Style::new().fg(Color::Cyan),
            (true, false) => Style::new().add_modifier(Modifier::BOLD),
            (false, _) => self.dim(),
        }
    }

    pub fn info(&self) -> Style {
        self.fg(Color::Green).add_modifier(Modifier::BOLD)
    }

    pub fn error(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    pub fn header_name(&self) -> Style {
        self.fg(Color::Cyan)
    }

    pub fn json_key(&self) -> Style {
        self.fg(Color::Blue)
    }

    pub fn json_string(&self) -> Style {
        self.fg(Color::Green)
    }

    pub fn json_literal(&self) -> Style {
        self.fg(Color::Magenta)
    }
}
