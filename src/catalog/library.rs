//! The libraries whose status constants the catalog lists.
//!
//! Also compiled into build.rs, with the model that uses it.

use serde::{Deserialize, Serialize};

use super::pooled::List;
use super::text_list::TextList;

/// Libraries whose status constants the catalog lists, in display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Library {
    Rust,
    Python,
    Go,
    Dotnet,
    Spring,
    Rails,
    Symfony,
}

impl Library {
    pub const ALL: [Library; 7] =
        [Self::Rust, Self::Python, Self::Go, Self::Dotnet, Self::Spring, Self::Rails, Self::Symfony];

    /// The key used in catalog files and JSON.
    pub fn key(self) -> &'static str {
        match self {
            Self::Rust => "rust",
            Self::Python => "python",
            Self::Go => "go",
            Self::Dotnet => "dotnet",
            Self::Spring => "spring",
            Self::Rails => "rails",
            Self::Symfony => "symfony",
        }
    }

    /// What a reader recognises: the language and the library.
    pub fn title(self) -> &'static str {
        match self {
            Self::Rust => "Rust (http)",
            Self::Python => "Python",
            Self::Go => "Go",
            Self::Dotnet => ".NET",
            Self::Spring => "Spring",
            Self::Rails => "Rails",
            Self::Symfony => "Symfony",
        }
    }
}

/// An entry's constants, each library's names under it, in library order:
/// a place in the built-in pool for built-in entries (see `pooled.rs`).
/// Serialized as a map from library key to names, as catalog files write
/// them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Constants(pub(super) List<(Library, TextList)>);

impl Constants {
    /// One library's names, replacing what it had.
    pub fn set(&mut self, library: Library, names: TextList) {
        let list = self.0.to_mut();
        match list.binary_search_by_key(&library, |(have, _)| *have) {
            Ok(at) => list[at].1 = names,
            Err(at) => list.insert(at, (library, names)),
        }
    }

    pub fn get(&self, library: Library) -> Option<&TextList> {
        let at = self.0.binary_search_by_key(&library, |(have, _)| *have).ok()?;
        Some(&self.0[at].1)
    }

    pub fn iter(&self) -> impl Iterator<Item = (Library, &TextList)> + Clone {
        self.0.iter().map(|(library, names)| (*library, names))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl FromIterator<(Library, TextList)> for Constants {
    fn from_iter<I: IntoIterator<Item = (Library, TextList)>>(names: I) -> Self {
        let mut constants = Self::default();
        for (library, names) in names {
            constants.set(library, names);
        }
        constants
    }
}

impl Serialize for Constants {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}
