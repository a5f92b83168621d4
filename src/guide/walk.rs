//! A way through the guide: the answers given so far, the question they
//! lead to or the code they end at, and going back one step.

use super::tree::{Answer, Question, Tree};

/// Where a walk stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step<'a> {
    Asking(&'a Question),
    Answered(&'a Answer),
}

/// The answers chosen so far, as positions (0-based) in each question's
/// answers. Everything else is derived from them and the tree.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Walk {
    pub chosen: Vec<usize>,
}

/// Why an answer could not be taken.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WalkError {
    #[error("there is no answer {0} here; answer with a number from 1 to {1}")]
    NoSuchAnswer(usize, usize),
    #[error("this is already the answer; go back to change it")]
    Finished,
    #[error("the guide names a question `{0}` it does not have")]
    Broken(String),
}

impl Walk {
    /// The question asked now, or the answer reached.
    pub fn step<'a>(&self, tree: &'a Tree) -> Result<Step<'a>, WalkError> {
        let mut question = tree.question(&tree.start).ok_or_else(|| WalkError::Broken(tree.start.clone()))?;
        for (depth, &choice) in self.chosen.iter().enumerate() {
            let answer = question.answer.get(choice).ok_or_else(|| WalkError::Broken(question.id.clone()))?;
            match &answer.next {
                Some(next) => question = tree.question(next).ok_or_else(|| WalkError::Broken(next.clone()))?,
                None if depth + 1 == self.chosen.len() => return Ok(Step::Answered(answer)),
                None => return Err(WalkError::Finished),
            }
        }
        Ok(Step::Asking(question))
    }

    /// Takes answer `number` (1-based, as shown) to the question asked now.
    pub fn answer(&mut self, tree: &Tree, number: usize) -> Result<(), WalkError> {
        match self.step(tree)? {
            Step::Answered(_) => Err(WalkError::Finished),
            Step::Asking(question) => {
                let count = question.answer.len();
                if number == 0 || number > count {
                    return Err(WalkError::NoSuchAnswer(number, count));
                }
                self.chosen.push(number - 1);
                Ok(())
            }
        }
    }

    /// One step back; nothing at the first question.
    pub fn back(&mut self) {
        self.chosen.pop();
    }

    /// The questions and the answers taken, for a summary of the way.
    pub fn trail<'a>(&self, tree: &'a Tree) -> Vec<(&'a Question, &'a Answer)> {
        let mut trail = Vec::new();
        let Some(mut question) = tree.question(&tree.start) else { return trail };
        for &choice in &self.chosen {
            let Some(answer) = question.answer.get(choice) else { break };
            trail.push((question, answer));
            match answer.next.as_deref().and_then(|next| tree.question(next)) {
                Some(next) => question = next,
                None => break,
            }
        }
        trail
    }
}
