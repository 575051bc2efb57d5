use std::process::ExitCode;

// svcat allocates a string per cell and frees items on other threads than the ones that read
// them (parsing and diff run on several); mimalloc handles both markedly faster than glibc's
// allocator (bench/README.md has the figures).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // A panic inside a spreadsheet parser becomes an error about that file; stay quiet for it.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !svcat_core::error::in_parser() {
            default_hook(info);
        }
    }));
    // Ctrl-C, SIGTERM or SIGHUP mid-write would leave the hidden temporary files outputs are
    // built in (.svcat-*.tmp) beside the targets: remove them, then end as interrupted (130).
    let _ = ctrlc::set_handler(|| {
        svcat_core::output::remove_unfinished_outputs();
        std::process::exit(130);
    });
    svcat_cli::run(std::env::args_os())
}
