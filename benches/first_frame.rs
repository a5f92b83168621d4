//! The browser's start-up as a user feels it: from exec to the first frame
//! on a pseudo-terminal, and its resident memory once the frame is up.
//! Prints the median and range over a number of launches.

use std::io::Read;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const LAUNCHES: usize = 30;

fn main() {
    let mut frames = Vec::with_capacity(LAUNCHES);
    let mut memory = Vec::with_capacity(LAUNCHES);
    for _ in 0..LAUNCHES {
        let (frame, rss) = launch();
        frames.push(frame);
        memory.push(rss);
    }
    frames.sort();
    memory.sort_unstable();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "first frame: median {:.2} ms (fastest {:.2}, slowest {:.2}) over {LAUNCHES} launches at 120x40",
        ms(frames[LAUNCHES / 2]),
        ms(frames[0]),
        ms(frames[LAUNCHES - 1])
    );
    println!(
        "resident memory with the first frame up: median {:.1} MiB (range {:.1}-{:.1})",
        memory[LAUNCHES / 2] as f64 / 1024.0,
        memory[0] as f64 / 1024.0,
        memory[LAUNCHES - 1] as f64 / 1024.0
    );
}

/// One launch: time to the first frame, and VmRSS in KiB at that moment.
fn launch() -> (Duration, u64) {
    let pty = native_pty_system()
        .openpty(PtySize { rows: 40, cols: 120, pixel_width: 0, pixel_height: 0 })
        .expect("open a pty");
    let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_statusbrowse"));
    command.env("TERM", "xterm-256color");
    command.env("STATUSBROWSE_CLIPBOARD", "osc52");
    let output = Arc::new(Mutex::new(Vec::new()));
    let mut reader = pty.master.try_clone_reader().expect("reader");
    let sink = Arc::clone(&output);
    std::thread::spawn(move || {
        let mut buf = [0u8; 16384];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock().expect("lock").extend_from_slice(&buf[..n]);
        }
    });
    let start = Instant::now();
    let mut child = pty.slave.spawn_command(command).expect("spawn");
    // The status line is drawn last in a frame: once it is there, so is the frame.
    let drawn = |bytes: &[u8]| bytes.windows(7).any(|w| w == b" search");
    loop {
        if drawn(&output.lock().expect("lock")) {
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(10), "no frame within 10 s");
        std::thread::sleep(Duration::from_micros(50));
    }
    let frame = start.elapsed();
    let pid = child.process_id().expect("pid");
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let rss = status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0);
    let mut writer = pty.master.take_writer().expect("writer");
    let _ = std::io::Write::write_all(&mut writer, b"q");
    let _ = child.wait();
    (frame, rss)
}
