//! Input split into numbered lines, as bytes: a body need not be text,
//! and a line's end may be CRLF or a bare LF.

/// One line, without its line end.
#[derive(Debug, Clone, Copy)]
pub struct Line<'a> {
    pub number: usize,
    pub text: &'a [u8],
}

impl Line<'_> {
    pub fn text_lossy(&self) -> String {
        String::from_utf8_lossy(self.text).into_owned()
    }
}

pub struct Lines<'a> {
    input: &'a [u8],
    offset: usize,
    number: usize,
}

impl<'a> Lines<'a> {
    pub fn new(input: &'a [u8]) -> Self {
        Self { input, offset: 0, number: 0 }
    }

    /// Where the next line starts, in bytes.
    pub fn offset(&self) -> usize {
        self.offset
    }

    pub fn peek(&self) -> Option<Line<'a>> {
        self.line_at(self.offset).map(|(line, _)| line)
    }

    fn line_at(&self, offset: usize) -> Option<(Line<'a>, usize)> {
        if offset >= self.input.len() {
            return None;
        }
        let rest = &self.input[offset..];
        let (text, next) = match line_break(rest) {
            Some(end) => (&rest[..end], offset + end + 1),
            None => (rest, self.input.len()),
        };
        let text = text.strip_suffix(b"\r").unwrap_or(text);
        Some((Line { number: self.number + 1, text }, next))
    }
}

impl<'a> Iterator for Lines<'a> {
    type Item = Line<'a>;

    fn next(&mut self) -> Option<Line<'a>> {
        let (line, next) = self.line_at(self.offset)?;
        self.offset = next;
        self.number += 1;
        Some(line)
    }
}

/// Where the next line break is, with memchr's SSE2 searcher: SSE2 is part
/// of every x86-64 CPU, so it needs no question to the CPU, while memchr's
/// general entry point asks first, and under a hypervisor that question
/// (CPUID traps) costs 0.1 ms, more than checking a small response. Other
/// CPUs get memchr's portable searcher, which asks nothing either.
fn line_break(bytes: &[u8]) -> Option<usize> {
    #[cfg(target_arch = "x86_64")]
    if let Some(finder) = memchr::arch::x86_64::sse2::memchr::One::new(b'\n') {
        return finder.find(bytes);
    }
    memchr::arch::all::memchr::One::new(b'\n').find(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_and_lf_both_end_lines_and_numbers_count_from_one() {
        let mut lines = Lines::new(b"a\r\nb\nc");
        let first = lines.next().expect("a");
        assert_eq!((first.number, first.text), (1, &b"a"[..]));
        assert_eq!(lines.offset(), 3);
        assert_eq!(lines.next().map(|line| line.text), Some(&b"b"[..]));
        assert_eq!(lines.next().map(|line| (line.number, line.text)), Some((3, &b"c"[..])));
        assert!(lines.next().is_none());
    }
}
