//! The manual page, `statusbrowse man`. clap_mangen writes what clap knows
//! (name, synopsis, description, options); the rest is ours: the commands
//! as `statusbrowse NAME` (its own section would point at pages like
//! statusbrowse-config(1) that are not installed), the keys from the key
//! table the browser dispatches on, and the sections a manual owes its
//! reader (search syntax, files, environment, exit status, examples).

use std::io::{self, Write};

use clap::CommandFactory;
use roff::{Inline, Roff, bold, italic, roman};

use super::args::{Args, EXAMPLES};
use super::pager;
use crate::tui::keys::{Keymap, Scope};

/// The whole page, as roff for `man -l -`.
pub fn write(out: &mut impl Write) -> io::Result<()> {
    let command = Args::command();
    let man = clap_mangen::Man::new(command.clone());
    let mut page = Vec::new();
    man.render_title(&mut page)?;
    // Paths, URLs and flags read badly hyphenated or stretched.
    Roff::new().control("nh", []).control("ad", ["l"]).to_writer(&mut page)?;
    man.render_name_section(&mut page)?;
    man.render_synopsis_section(&mut page)?;
    man.render_description_section(&mut page)?;
    man.render_options_section(&mut page)?;
    let mut ours = Roff::new();
    commands(&mut ours, &command);
    keys(&mut ours, &Keymap::default());
    search_syntax(&mut ours);
    files(&mut ours);
    environment(&mut ours);
    exit_status(&mut ours);
    examples(&mut ours);
    see_also(&mut ours);
    ours.to_writer(&mut page)?;
    out.write_all(&page)
}

/// A tagged paragraph: the tag on its own line, the text indented below.
fn item(page: &mut Roff, tag: impl Into<Vec<Inline>>, text: &str) {
    page.control("TP", []);
    page.text(tag);
    page.text([roman(text)]);
}

fn paragraph(page: &mut Roff, text: &str) {
    page.control("PP", []);
    page.text([roman(text)]);
}

/// Each subcommand as it is typed: `statusbrowse config [--path] [--default]`.
fn commands(page: &mut Roff, command: &clap::Command) {
    page.control("SH", ["COMMANDS"]);
    for sub in command.get_subcommands().filter(|sub| !sub.is_hide_set()) {
        let mut tag = vec![bold(format!("statusbrowse {}", sub.get_name()))];
        for arg in sub.get_arguments().filter(|arg| !arg.is_hide_set() && arg.get_id() != "help") {
            match arg.get_long() {
                Some(long) => tag.push(roman(format!(" [--{long}]"))),
                None => {
                    let name = arg
                        .get_value_names()
                        .and_then(|names| names.first())
                        .map_or_else(|| arg.get_id().as_str().to_uppercase(), |name| name.as_str().to_uppercase());
                    tag.push(roman(" "));
                    tag.push(italic(name));
                }
            }
        }
        let about = sub.get_about().map(ToString::to_string).unwrap_or_default();
        let values: Vec<String> = sub
            .get_arguments()
            .filter(|arg| arg.get_long().is_none())
            .flat_map(|arg| arg.get_possible_values())
            .filter(|value| !value.is_hide_set())
            .map(|value| value.get_name().to_owned())
            .collect();
        let text = if values.is_empty() { about } else { format!("{about}: {}.", values.join(", ")) };
        item(page, tag, &text);
        let flags: Vec<&clap::Arg> = sub
            .get_arguments()
            .filter(|arg| !arg.is_hide_set() && arg.get_id() != "help" && arg.get_long().is_some())
            .collect();
        if !flags.is_empty() {
            page.control("RS", []);
            for flag in flags {
                let help = flag.get_help().map(ToString::to_string).unwrap_or_default();
                item(page, [bold(format!("--{}", flag.get_long().unwrap_or_default()))], &help);
            }
            page.control("RE", []);
        }
    }
}

/// A key as a manual spells it: arrows named, not drawn.
fn spelled(key: &crate::tui::keys::Key) -> String {
    key.to_string().replace('↑', "Up").replace('↓', "Down").replace('←', "Left").replace('→', "Right")
}

/// The browser's keys, generated from the table the browser dispatches
/// on, so the manual cannot drift from what the keys do.
fn keys(page: &mut Roff, keymap: &Keymap) {
    page.control("SH", ["KEYS"]);
    page.text([roman(
        "In the browser. Keys can be rebound in config.toml (see FILES); `statusbrowse config --default` \
         lists every action.",
    )]);
    // One line per binding, tags in a column as wide as the widest.
    page.control("PD", ["0"]);
    let bindings = keymap.bindings();
    for (index, binding) in bindings.iter().enumerate() {
        let title = binding.scope.title();
        if index == 0 || bindings[index - 1].scope.title() != title {
            page.control("sp", []);
            page.control("SS", [title]);
        }
        let keys: Vec<String> = binding.keys.iter().map(spelled).collect();
        page.control("TP", ["24"]);
        page.text([bold(keys.join(", "))]);
        page.text([roman(binding.help)]);
        let ends_search =
            binding.scope == Scope::Search && bindings.get(index + 1).is_none_or(|next| next.scope != Scope::Search);
        if ends_search {
            page.control("TP", ["24"]);
            page.text([italic("any other key")]);
            page.text([roman("types into the query")]);
        }
    }
    page.control("PD", []);
}

fn search_syntax(page: &mut Roff) {
    page.control("SH", ["SEARCH SYNTAX"]);
    page.text([roman(
        "The same syntax serves the browser's / and the QUERY on the command line, and both rank alike.",
    )]);
    item(page, [bold("404"), roman(", "), bold("301 308")], "Codes: each is looked up directly.");
    item(
        page,
        [bold("4xx"), roman(", "), bold("41x"), roman(", "), bold("4")],
        "A class or a mask: every code that starts with those digits.",
    );
    item(
        page,
        [italic("words")],
        "Search phrases, former names, keywords, vendors, library constants (NOT_FOUND, StatusTeapot, \
         HttpStatus.BAD_GATEWAY) and then the descriptions, in any case; `_`, `-` and camelCase count as \
         spaces, British spellings as American, and a typo is forgiven when nothing matches exactly. Names \
         beat prose, whole words beat prefixes, and among equals the code developers meet most comes first.",
    );
    item(page, [bold("!"), italic("word")], "Leave out entries that mention the word anywhere, vendor included.");
    item(
        page,
        [bold("vendor:"), italic("name")],
        "Only that vendor's codes (vendor:nginx); vendor:iana keeps the registered ones.",
    );
    paragraph(page, "Codes and words mix: `404 gone` finds 404 and what mentions gone.");
}

fn files(page: &mut Roff) {
    page.control("SH", ["FILES"]);
    page.text([roman(
        "Both files are optional and live in one directory: $XDG_CONFIG_HOME/statusbrowse when that is set, \
         otherwise the platform's config directory (~/.config/statusbrowse on Linux, ~/Library/Application \
         Support/statusbrowse on macOS). `statusbrowse config --path` names it and says which files are there.",
    )]);
    item(
        page,
        [italic("config.toml")],
        "Settings: colours, the clipboard, the mouse and key bindings. `statusbrowse config --default` \
         prints one with every default, commented.",
    );
    item(
        page,
        [italic("catalog.toml")],
        "Your own codes, and additions to the built-in entries (team notes, examples), laid over the built-in \
         catalog. More files come with --catalog. A file with a mistake is reported with its line and column, \
         and nothing is shown until it is fixed.",
    );
}

fn environment(page: &mut Roff) {
    page.control("SH", ["ENVIRONMENT"]);
    let [ours, theirs] = pager::VARIABLES;
    let variables: [(&str, &str); 8] = [
        ("NO_COLOR", "When set and not empty, no colours (unless --color=always)."),
        ("STATUSBROWSE_CLIPBOARD", "Where y copies to: auto, system or osc52; as --clipboard, which wins over it."),
        (ours, "The pager for long output on a terminal, with its arguments; empty or cat for none."),
        (theirs, "The pager when STATUSBROWSE_PAGER is not set; without either, less -RF."),
        (
            "BROWSER",
            "What o opens a reference with: a colon-separated list of commands, the first used, %s standing \
             for the URL. Without it, the desktop's opener (xdg-open, open).",
        ),
        ("XDG_CONFIG_HOME", "Where the config directory is (see FILES)."),
        (
            "DISPLAY, WAYLAND_DISPLAY",
            "Whether the system clipboard is reachable; without either, copies go out as OSC 52.",
        ),
        ("SSH_CONNECTION, SSH_TTY", "Over SSH, copies go out as OSC 52 to the terminal you sit at."),
    ];
    for (name, what) in variables {
        item(page, [bold(name)], what);
    }
}

fn exit_status(page: &mut Roff) {
    page.control("SH", ["EXIT STATUS"]);
    for (status, what) in [
        ("0", "Found what was asked for, or the browser was quit."),
        (
            "1",
            "Nothing matched the query (with --json, [] was printed); for check, a finding at error level (with --strict, a warning too).",
        ),
        (
            "2",
            "Any error: usage, configuration, a catalog file, the terminal, output; for check, input that is not HTTP.",
        ),
        ("129", "The terminal went away under the browser (a hangup)."),
    ] {
        item(page, [bold(status)], what);
    }
}

/// The examples `--help` shows, one tagged paragraph each: the command
/// never reflowed, what it does below.
fn examples(page: &mut Roff) {
    page.control("SH", ["EXAMPLES"]);
    for (command, what) in EXAMPLES {
        item(page, [bold(*command)], what);
    }
}

fn see_also(page: &mut Roff) {
    page.control("SH", ["SEE ALSO"]);
    page.text([
        bold("less"),
        roman("(1), "),
        bold("curl"),
        roman("(1); RFC 9110, HTTP Semantics: https://www.rfc-editor.org/rfc/rfc9110"),
    ]);
}
