//! Headless Chromium and poppler-utils, for the tests that print svcat's HTML as people do. Those
//! tests are `#[ignore]`d and run only when asked (`--include-ignored`, as .ci/run does); asked,
//! they fail without the tools rather than pass unrun.

use std::path::Path;
use std::process::Command;

/// The Chromium binary on PATH.
pub fn chromium() -> &'static str {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|b| {
            Command::new(b)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
        .unwrap_or_else(|| {
            panic!(
                "no chromium, chromium-browser or google-chrome on PATH: this test prints svcat's \
                 HTML with it. Install chromium and fonts-noto-cjk (.ci/run does), or leave out \
                 --include-ignored"
            )
        })
}

/// Opens `page` in headless Chromium with `output` (`--print-to-pdf=…`, `--screenshot=…`), with
/// a private profile and nothing fetched from the network.
pub fn chromium_run(chromium: &str, page: &Path, output: &[&str]) {
    let profile = tempfile::tempdir().unwrap();
    let status = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(output)
        .arg(format!("file://{}", page.display()))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "chromium failed on {}", page.display());
}

/// Pages in a PDF, as pdfinfo counts them.
pub fn pdf_pages(pdf: &Path) -> usize {
    let text = poppler("pdfinfo", &[], pdf, &[]);
    text.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("pdfinfo gave no page count for {}:\n{text}", pdf.display()))
}

/// Runs a poppler-utils tool on a PDF and returns its stdout; fails the test if the tool is
/// missing or fails.
pub fn poppler(tool: &str, before: &[&str], pdf: &Path, after: &[&str]) -> String {
    let out = Command::new(tool)
        .args(before)
        .arg(pdf)
        .args(after)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "{tool} could not run ({e}): this test reads the printed PDF with it. Install \
                 poppler-utils (.ci/run does), or leave out --include-ignored"
            )
        });
    assert!(
        out.status.success(),
        "{tool} failed on {}: {}",
        pdf.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}
