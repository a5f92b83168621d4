//! The selected entry, laid out once: the detail pane draws it every frame
//! and the fit step bounds scrolling by it, and an entry with a 10 MB field
//! takes a tenth of a second to lay out. Kept until the entry, the width,
//! the chosen example or the theme changes.

use std::cell::RefCell;
use std::rc::Rc;

use crate::catalog::Catalog;
use crate::present::entry::{self, EntryLines};
use crate::present::theme::Theme;

/// What a layout depends on besides the catalog, which never changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Key {
    entry: usize,
    width: u16,
    example: usize,
}

#[derive(Default)]
pub struct DetailCache {
    last: RefCell<Option<(Key, Theme, Rc<EntryLines>)>>,
}

impl DetailCache {
    /// Entry `index` of `catalog` laid out for `width`, `example` marked,
    /// styled with `theme`.
    pub fn styled(&self, catalog: &Catalog, index: usize, width: u16, example: usize, theme: &Theme) -> Rc<EntryLines> {
        let key = Key { entry: index, width, example };
        if let Some((cached, cached_theme, lines)) = &*self.last.borrow()
            && *cached == key
            && cached_theme == theme
        {
            return Rc::clone(lines);
        }
        self.lay_out(catalog, key, theme)
    }

    /// The same layout in any theme: for counting lines and finding
    /// examples, which styles do not change.
    pub fn shape(&self, catalog: &Catalog, index: usize, width: u16, example: usize) -> Rc<EntryLines> {
        let key = Key { entry: index, width, example };
        if let Some((cached, _, lines)) = &*self.last.borrow()
            && *cached == key
        {
            return Rc::clone(lines);
        }
        self.lay_out(catalog, key, &Theme::MONOCHROME)
    }

    fn lay_out(&self, catalog: &Catalog, key: Key, theme: &Theme) -> Rc<EntryLines> {
        let laid_out =
            Rc::new(entry::lines(&catalog.entries()[key.entry], catalog, key.width, Some(key.example), theme));
        *self.last.borrow_mut() = Some((key, *theme, Rc::clone(&laid_out)));
        laid_out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_layout_serves_until_something_it_depends_on_changes() {
        let catalog = Catalog::builtin();
        let cache = DetailCache::default();
        let first = cache.styled(&catalog, 3, 60, 0, &Theme::COLOR);
        assert!(Rc::ptr_eq(&first, &cache.styled(&catalog, 3, 60, 0, &Theme::COLOR)), "the same layout again");
        assert!(Rc::ptr_eq(&first, &cache.shape(&catalog, 3, 60, 0)), "its shape needs no layout of its own");
        for (index, width, example) in [(4, 60, 0), (3, 61, 0), (3, 60, 1)] {
            let other = cache.styled(&catalog, index, width, example, &Theme::COLOR);
            assert!(!Rc::ptr_eq(&first, &other), "{index} {width} {example}");
            let expected = entry::lines(&catalog.entries()[index], &catalog, width, Some(example), &Theme::COLOR);
            assert_eq!(other.lines, expected.lines);
        }
        let mono = cache.styled(&catalog, 3, 60, 0, &Theme::MONOCHROME);
        assert!(!Rc::ptr_eq(&mono, &cache.styled(&catalog, 3, 60, 0, &Theme::COLOR)), "a theme is laid out in");
    }
}
