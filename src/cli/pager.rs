//! Long answers on a terminal go through a pager, as bat's and git's do:
//! the user's ($STATUSBROWSE_PAGER, then $PAGER) or `less -RF`, which
//! passes colours through and quits by itself when the text fits after
//! all. Never when piped: a script gets the bytes.

use std::io::{self, Write};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use super::args::Paging;

/// The environment variables that name a pager, the first set one wins.
pub const VARIABLES: [&str; 2] = ["STATUSBROWSE_PAGER", "PAGER"];

/// What runs when no variable names a pager.
const DEFAULT: [&str; 2] = ["less", "-RF"];

/// A pager command: a program, its arguments, and the variable that named
/// it (`None` for the default), for a message when it cannot start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pager {
    pub program: String,
    pub args: Vec<String>,
    pub named_by: Option<&'static str>,
}

impl Pager {
    /// The pager the environment asks for, through `var`. `Ok(None)` when
    /// the user turned paging off with an empty value or `cat`, as git
    /// reads them; `Err` names the variable whose value is not a command.
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Result<Option<Self>, String> {
        let Some((name, value)) = VARIABLES.iter().find_map(|name| var(name).map(|value| (*name, value))) else {
            return Ok(Some(Self::default_less()));
        };
        let words = shell_words::split(&value).map_err(|error| format!("${name} is not a command ({error})"))?;
        let Some((program, args)) = words.split_first() else {
            return Ok(None);
        };
        if program == "cat" && args.is_empty() {
            return Ok(None);
        }
        // A bare `less` shows colours as ^[[1m... without -R: bat adds the
        // same flags in the same case.
        let args = if is_less(program) && args.is_empty() {
            DEFAULT[1..].iter().map(|arg| (*arg).to_owned()).collect()
        } else {
            args.to_vec()
        };
        Ok(Some(Self { program: program.clone(), args, named_by: Some(name) }))
    }

    fn default_less() -> Self {
        Self { program: DEFAULT[0].to_owned(), args: vec![DEFAULT[1].to_owned()], named_by: None }
    }

    /// The command as the user would type it, for messages.
    pub fn command_line(&self) -> String {
        std::iter::once(self.program.as_str()).chain(self.args.iter().map(String::as_str)).collect::<Vec<_>>().join(" ")
    }

    /// Runs the pager on `text` and waits until the user leaves it. `Err`
    /// only when the pager could not start; once it runs, quitting it
    /// before the end (`q` in less) is how it is used, not a failure.
    pub fn show(&self, text: &[u8]) -> io::Result<()> {
        // Ctrl-C reaches the whole foreground group. less handles it; this
        // process must outlive it, or the shell takes the terminal back
        // while less still draws. A handler, unlike SIG_IGN, is not
        // inherited by the pager.
        let interrupted = Arc::new(AtomicBool::new(false));
        let handler = signal_hook::flag::register(signal_hook::consts::SIGINT, interrupted);
        let outcome = self.run(text);
        if let Ok(id) = handler {
            signal_hook::low_level::unregister(id);
        }
        outcome
    }

    fn run(&self, text: &[u8]) -> io::Result<()> {
        let mut child = Command::new(&self.program).args(&self.args).stdin(Stdio::piped()).spawn()?;
        if let Some(mut input) = child.stdin.take() {
            match input.write_all(text) {
                Err(error) if error.kind() == io::ErrorKind::BrokenPipe => {}
                other => other?,
            }
        }
        child.wait()?;
        Ok(())
    }
}

fn is_less(program: &str) -> bool {
    std::path::Path::new(program).file_name().is_some_and(|name| name == "less")
}

/// Where stdout goes, as paging sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// A pipe or a file.
    Pipe,
    /// A terminal that says it cannot move its cursor (`TERM=dumb`): less
    /// would only complain there.
    Dumb,
    /// A terminal, with its height when it tells it.
    Rows(Option<u16>),
}

/// Whether `lines` of output go through the pager: only on a terminal,
/// and with `auto` only on one that can page and when they would scroll off
/// it (the prompt takes the last row).
/// `lines` counts them only when that decides it: a pipe never pages.
pub fn wanted(paging: Paging, screen: Screen, lines: impl FnOnce() -> usize) -> bool {
    match (paging, screen) {
        (Paging::Never, _) | (_, Screen::Pipe) => false,
        (Paging::Always, _) => true,
        (Paging::Auto, Screen::Dumb) => false,
        (Paging::Auto, Screen::Rows(rows)) => rows.is_some_and(|rows| lines() >= usize::from(rows)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pager(vars: &[(&str, &str)]) -> Result<Option<Pager>, String> {
        Pager::from_env(|name| vars.iter().find(|(set, _)| *set == name).map(|(_, value)| (*value).to_owned()))
    }

    #[test]
    fn the_first_variable_set_names_the_pager() {
        let ours = pager(&[("STATUSBROWSE_PAGER", "most -s"), ("PAGER", "more")]).expect("valid").expect("a pager");
        assert_eq!((ours.program.as_str(), ours.args.as_slice()), ("most", &["-s".to_owned()][..]));
        assert_eq!(ours.named_by, Some("STATUSBROWSE_PAGER"));
        let theirs = pager(&[("PAGER", "more")]).expect("valid").expect("a pager");
        assert_eq!((theirs.program.as_str(), theirs.named_by), ("more", Some("PAGER")));
        assert_eq!(pager(&[]).expect("valid"), Some(Pager::default_less()));
        assert_eq!(Pager::default_less().command_line(), "less -RF");
    }

    #[test]
    fn quoted_arguments_stay_whole() {
        let found = pager(&[("PAGER", "less -R --prompt='page %d'")]).expect("valid").expect("a pager");
        assert_eq!(found.args, ["-R", "--prompt=page %d"]);
        let error = pager(&[("PAGER", "less 'unclosed")]).expect_err("an unclosed quote");
        assert!(error.contains("$PAGER"), "{error}");
    }

    #[test]
    fn empty_or_cat_means_no_pager_and_a_bare_less_gets_colours() {
        assert_eq!(pager(&[("STATUSBROWSE_PAGER", ""), ("PAGER", "less")]).expect("valid"), None);
        assert_eq!(pager(&[("PAGER", "cat")]).expect("valid"), None);
        let less = pager(&[("PAGER", "/usr/bin/less")]).expect("valid").expect("a pager");
        assert_eq!(less.args, ["-RF"]);
        let chosen = pager(&[("PAGER", "less -S")]).expect("valid").expect("a pager");
        assert_eq!(chosen.args, ["-S"], "the user's own flags are left alone");
    }

    #[test]
    fn paging_happens_on_a_terminal_only_and_auto_only_when_the_text_is_long() {
        let screen = Screen::Rows(Some(24));
        assert!(wanted(Paging::Auto, screen, || 71));
        assert!(wanted(Paging::Auto, screen, || 24), "24 lines and a prompt scroll a 24-row screen");
        assert!(!wanted(Paging::Auto, screen, || 23));
        assert!(!wanted(Paging::Auto, Screen::Rows(None), || 500), "no size, no paging");
        assert!(!wanted(Paging::Auto, Screen::Dumb, || 500), "a dumb terminal cannot page");
        assert!(wanted(Paging::Always, screen, || 1));
        assert!(wanted(Paging::Always, Screen::Dumb, || 1), "unless asked to");
        assert!(!wanted(Paging::Never, screen, || 500));
        for paging in [Paging::Auto, Paging::Always, Paging::Never] {
            assert!(
                !wanted(paging, Screen::Pipe, || panic!("counted")),
                "{paging:?} never pages into a pipe, or counts"
            );
        }
    }
}
