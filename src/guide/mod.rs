//! "Which code should I return?": a decision tree asked one question at a
//! time, on the command line and in the browser.

pub mod text;
pub mod tree;
pub mod walk;

pub use tree::{Answer, GuideError, Question, Tree};
pub use walk::{Step, Walk, WalkError};
