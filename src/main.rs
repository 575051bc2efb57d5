use std::process::ExitCode;

fn main() -> ExitCode {
    // A panic inside a spreadsheet parser becomes an error about that file; stay quiet for it.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !svcat::error::in_parser() {
            default_hook(info);
        }
    }));
    svcat::cli::run(std::env::args_os())
}
