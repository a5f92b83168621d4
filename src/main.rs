use std::process::ExitCode;

fn main() -> ExitCode {
    statusbrowse::cli::main()
}
