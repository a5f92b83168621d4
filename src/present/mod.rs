//! How entries look, wherever they are shown: the layout of one entry, HTTP
//! highlighting, the theme, and styled lines turned into ANSI text. The
//! browser's panes and the command line's printed output both draw from
//! here, so they never disagree; nothing here knows where the lines go.

pub mod ansi;
pub mod entry;
mod flow;
pub mod http;
pub mod marks;
pub mod theme;
mod writer;
