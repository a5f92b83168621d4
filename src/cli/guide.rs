//! `statusbrowse guide`: the decision tree asked one question at a time.
//! On a terminal it prompts; from a pipe it reads one answer per line, so
//! `printf '1\n1\n' | statusbrowse guide` is scriptable.

use std::io::{self, BufRead, IsTerminal, Write};

use super::args::GuideArgs;
use super::failure::Failure;
use crate::config::{self, Paths};
use ratatui::style::Style;
use ratatui::text::Line;

use crate::guide::{Step, Tree, Walk, text};
use crate::present::ansi;
use crate::present::theme::Theme;

pub fn run(args: &GuideArgs) -> Result<(), Failure> {
    let tree = Tree::builtin().map_err(|error| Failure::Usage(error.to_string()))?;
    let stdout = io::stdout();
    let mut out = stdout.lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &tree).map_err(io::Error::other)?;
        writeln!(out)?;
        out.flush()?;
        return Ok(());
    }
    let mut progress = |_: &str| {};
    let loaded = config::load(&Paths::from_env(), &[], &mut progress)?;
    let stdin = io::stdin();
    let interactive = stdin.is_terminal();
    let mut input = stdin.lock();
    let mut walk = Walk::default();
    let width = usize::from(super::text::width());
    let color = super::colour_wanted(args.color);
    let theme = loaded.config.theme();
    loop {
        let question = match walk.step(&tree).map_err(|error| Failure::Usage(format!("guide: {error}")))? {
            Step::Answered(answer) => {
                writeln!(out)?;
                for line in text::wrap(&text::answer(answer, &loaded.catalog), width) {
                    write_line(&mut out, &line, &theme, color)?;
                }
                out.flush()?;
                return Ok(());
            }
            Step::Asking(question) => question,
        };
        for line in text::wrap(&text::question(question, walk.chosen.len() + 1), width) {
            write_line(&mut out, &line, &theme, color)?;
        }
        if interactive {
            write!(out, "Answer (1-{}, b back, q quit): ", question.answer.len())?;
        }
        out.flush()?;
        let mut line = String::new();
        if input.read_line(&mut line)? == 0 {
            return Err(Failure::Usage(format!(
                "guide: the answers ended at question {}; give one number per line",
                walk.chosen.len() + 1
            )));
        }
        let reply = line.trim();
        match reply {
            "q" | "quit" => return Ok(()),
            "b" | "back" => walk.back(),
            _ => {
                let taken = reply
                    .parse::<usize>()
                    .map_err(|_| format!("`{reply}` is not an answer number"))
                    .and_then(|number| walk.answer(&tree, number).map(|()| number).map_err(|error| error.to_string()));
                match taken {
                    Ok(number) if !interactive => writeln!(out, "> {number}")?,
                    Ok(_) => {}
                    Err(why) if interactive => writeln!(out, "{}", crate::inert::line(&why))?,
                    Err(why) => return Err(Failure::Usage(format!("guide: {}", crate::inert::line(&why)))),
                }
                writeln!(out)?;
            }
        }
    }
}

/// A line of the guide, its headings styled on a terminal.
fn write_line(out: &mut impl Write, line: &str, theme: &Theme, color: bool) -> io::Result<()> {
    let style = if text::is_heading(line) { theme.heading() } else { Style::new() };
    ansi::write_line(out, &Line::styled(crate::inert::line(line).into_owned(), style), color)
}
