//! A clipboard for tests: keeps every copy, the text that would have
//! reached the user. Built only for tests (the `test-support` feature).

use super::{Clipboard, ClipboardError, Outcome, Started};

#[derive(Debug, Default)]
pub struct Recording {
    pub copies: Vec<String>,
}

impl Clipboard for Recording {
    fn copy(&mut self, text: &str) -> Started {
        self.copies.push(text.to_owned());
        Started::Done(Ok(Outcome::Copied))
    }

    fn poll(&mut self) -> Option<Result<Outcome, ClipboardError>> {
        None
    }

    fn is_pending(&self) -> bool {
        false
    }
}
