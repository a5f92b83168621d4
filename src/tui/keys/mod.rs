//! Keys to actions. One table serves dispatch, the help overlay, the
//! status-line hints and the config file's rebinding, so what the screen
//! says is always what the keys do.

mod defaults;
mod key;
mod keymap;

pub use key::Key;
pub use keymap::{Binding, Clash, Keymap, Scope};
