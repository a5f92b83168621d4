//! `o`: opening an entry's reference. Which program opens it is decided
//! from the environment alone (pure, tested); running it is the shell's.
//!
//! `$BROWSER` first, as the convention goes: a colon-separated list of
//! commands, the first used, `%s` standing for the URL (appended when
//! absent). A terminal browser (w3m, lynx) works over SSH too, so it runs
//! in the foreground with the terminal handed over. Otherwise the
//! platform's opener, where a display is reachable; with neither, there is
//! nothing to open it with, and the URL is copied instead.

use std::io;
use std::process::{Command, Stdio};

/// How a URL gets opened here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opener {
    /// `$BROWSER`: program and arguments, the URL among them. Runs in the
    /// foreground on our terminal.
    Browser(Vec<String>),
    /// The platform's opener (`xdg-open`, `open`, `cmd /c start`), which
    /// hands the URL to the desktop and returns.
    System(Vec<String>),
    /// Nothing here can open it.
    Nowhere,
}

/// The opener for `url` given the environment `env` on `os`
/// (`std::env::consts::OS`).
pub fn choose(url: &str, os: &str, env: impl Fn(&str) -> Option<String>) -> Opener {
    let set = |name: &str| env(name).filter(|value| !value.trim().is_empty());
    if let Some(browsers) = set("BROWSER")
        && let Some(first) = browsers.split(':').map(str::trim).find(|command| !command.is_empty())
    {
        let mut words: Vec<String> = first.split_whitespace().map(|word| word.replace("%s", url)).collect();
        if !first.contains("%s") {
            words.push(url.to_owned());
        }
        return Opener::Browser(words);
    }
    let words = |list: &[&str]| list.iter().map(|word| (*word).to_owned()).chain([url.to_owned()]).collect();
    match os {
        "macos" => Opener::System(words(&["open"])),
        "windows" => Opener::System(words(&["cmd", "/c", "start", ""])),
        _ if set("DISPLAY").is_some() || set("WAYLAND_DISPLAY").is_some() => Opener::System(words(&["xdg-open"])),
        _ => Opener::Nowhere,
    }
}

/// Runs an opener's command. A browser gets the terminal and is waited
/// for; the system opener runs detached, its output discarded so it
/// cannot draw over the screen. The name of what opened it, for the toast.
pub fn run(
    opener: &Opener,
    hand_over: impl FnOnce(&mut dyn FnMut() -> io::Result<()>) -> io::Result<()>,
) -> io::Result<String> {
    match opener {
        Opener::Browser(words) => {
            let (program, args) = words.split_first().ok_or_else(|| io::Error::other("$BROWSER is empty"))?;
            let mut status = None;
            hand_over(&mut || {
                status = Some(Command::new(program).args(args).status()?);
                Ok(())
            })?;
            match status {
                Some(status) if status.success() => Ok(program.clone()),
                Some(status) => Err(io::Error::other(format!("{program} ended with {status}"))),
                None => Err(io::Error::other(format!("{program} did not run"))),
            }
        }
        Opener::System(words) => {
            let (program, args) = words.split_first().ok_or_else(|| io::Error::other("no opener"))?;
            let mut child = Command::new(program)
                .args(args)
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()?;
            // Reaped in the background, so it never lingers as a zombie.
            std::thread::spawn(move || child.wait());
            Ok(program.clone())
        }
        Opener::Nowhere => Err(io::Error::other("nothing here can open a URL")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const URL: &str = "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5";

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| pairs.iter().find(|(key, _)| *key == name).map(|(_, value)| (*value).to_owned())
    }

    #[test]
    fn browser_comes_first_with_the_url_where_it_says() {
        assert_eq!(
            choose(URL, "linux", env(&[("BROWSER", "w3m"), ("DISPLAY", ":0")])),
            Opener::Browser(vec!["w3m".into(), URL.into()])
        );
        assert_eq!(
            choose(URL, "linux", env(&[("BROWSER", " :lynx -accept_all_cookies %s:w3m")])),
            Opener::Browser(vec!["lynx".into(), "-accept_all_cookies".into(), URL.into()])
        );
    }

    #[test]
    fn the_platform_opener_needs_a_display_on_linux() {
        assert_eq!(
            choose(URL, "linux", env(&[("DISPLAY", ":0")])),
            Opener::System(vec!["xdg-open".into(), URL.into()])
        );
        assert_eq!(
            choose(URL, "linux", env(&[("WAYLAND_DISPLAY", "wayland-0")])),
            Opener::System(vec!["xdg-open".into(), URL.into()])
        );
        assert_eq!(choose(URL, "linux", env(&[("BROWSER", " ")])), Opener::Nowhere, "over SSH: nothing");
        assert_eq!(choose(URL, "macos", env(&[])), Opener::System(vec!["open".into(), URL.into()]));
    }

    #[test]
    fn a_browser_that_fails_says_so_and_one_that_works_is_named() {
        let direct = |run: &mut dyn FnMut() -> io::Result<()>| run();
        assert_eq!(run(&Opener::Browser(vec!["true".into(), URL.into()]), direct).expect("true runs"), "true");
        let failed = run(&Opener::Browser(vec!["false".into(), URL.into()]), direct).expect_err("false fails");
        assert!(failed.to_string().contains("false ended with"), "{failed}");
        assert!(run(&Opener::Nowhere, direct).is_err());
    }
}
