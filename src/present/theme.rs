//! Colours and emphasis. With `NO_COLOR` everything still reads: the
//! selection is reverse video, matches are bold and underlined.
//!
//! Two presets, dark (the default) and light, and every colour role
//! settable in the config's `[colors]`. Secondary text is faint, not a
//! colour: ANSI colour 8 is the background itself in Solarized-style
//! themes, and text in it vanished.

use std::collections::BTreeMap;

use ratatui::style::{Color, Modifier, Style};

use crate::catalog::Class;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
    /// The colour of each class, indexed by `Class as usize` (declaration
    /// order: 1xx to 5xx, then nonstandard).
    classes: [Color; 6],
    roles: Roles,
}

/// The colours of what is not a class: what `[colors]` calls `selection`,
/// `selected_text`, `match`, `border` and `link`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Roles {
    /// The selected row's background.
    pub selection: Color,
    /// Secondary text (vendor, marks) on the selected row.
    pub selected_text: Color,
    /// A search's matched characters.
    pub matched: Color,
    /// The focused pane's border.
    pub border: Color,
    pub link: Color,
}

/// A colour role by the name `[colors]` gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    Selection,
    SelectedText,
    Match,
    Border,
    Link,
}

impl Role {
    pub const ALL: [Role; 5] = [Self::Selection, Self::SelectedText, Self::Match, Self::Border, Self::Link];

    pub fn name(self) -> &'static str {
        match self {
            Self::Selection => "selection",
            Self::SelectedText => "selected_text",
            Self::Match => "match",
            Self::Border => "border",
            Self::Link => "link",
        }
    }
}

const DARK: Roles = Roles {
    selection: Color::DarkGray,
    selected_text: Color::Gray,
    matched: Color::LightYellow,
    border: Color::Cyan,
    link: Color::Blue,
};

/// For terminals with a light background: a light selection with dark
/// text on it, and a match colour that shows on white.
const LIGHT: Roles = Roles {
    selection: Color::Gray,
    selected_text: Color::Black,
    matched: Color::Magenta,
    border: Color::Blue,
    link: Color::Blue,
};

/// The colours a class gets unless the config file says otherwise.
const CLASS_COLORS: [Color; 6] = [Color::Blue, Color::Green, Color::Cyan, Color::Yellow, Color::Red, Color::Magenta];

impl Theme {
    pub const COLOR: Self = Self { color: true, classes: CLASS_COLORS, roles: DARK };
    pub const LIGHT: Self = Self { color: true, classes: CLASS_COLORS, roles: LIGHT };
    pub const MONOCHROME: Self = Self { color: false, classes: CLASS_COLORS, roles: DARK };

    /// The preset `[ui] theme` names: `dark` or `light`.
    pub fn preset(name: &str) -> Option<Self> {
        match name {
            "dark" => Some(Self::COLOR),
            "light" => Some(Self::LIGHT),
            _ => None,
        }
    }

    /// This theme's roles and classes on `colored` output, or none on
    /// monochrome output.
    pub fn colored(self, colored: bool) -> Self {
        Self { color: colored, ..self }
    }

    /// This theme with the given role colours.
    pub fn with_roles(self, colors: &BTreeMap<Role, Color>) -> Self {
        let mut roles = self.roles;
        for (role, color) in colors {
            let slot = match role {
                Role::Selection => &mut roles.selection,
                Role::SelectedText => &mut roles.selected_text,
                Role::Match => &mut roles.matched,
                Role::Border => &mut roles.border,
                Role::Link => &mut roles.link,
            };
            *slot = *color;
        }
        Self { roles, ..self }
    }

    /// Whether the environment allows colour: `NO_COLOR` set to anything
    /// non-empty turns it off (https://no-color.org).
    pub fn color_allowed_by_env() -> bool {
        std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty())
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
            Style::new().bg(self.roles.selection).add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }

    /// Matched characters of a search.
    pub fn matched(&self) -> Style {
        self.fg(self.roles.matched).add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    /// Secondary text: faint, in the terminal's own text colour.
    pub fn dim(&self) -> Style {
        Style::new().add_modifier(Modifier::DIM)
    }

    /// Secondary text on a row that may be selected: on the selection's
    /// background it gets a colour of its own, readable there.
    pub fn quiet(&self, selected: bool) -> Style {
        if self.color && selected { Style::new().fg(self.roles.selected_text) } else { self.dim() }
    }

    pub fn heading(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn link(&self) -> Style {
        self.fg(self.roles.link).add_modifier(Modifier::UNDERLINED)
    }

    pub fn border(&self, focused: bool) -> Style {
        match (focused, self.color) {
            (true, true) => Style::new().fg(self.roles.border),
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
