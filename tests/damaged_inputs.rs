//! Damaged copies of real spreadsheets — bytes flipped, zeroed, repeated, cut short — never crash
//! svcat, never make it loop, and never make it ask for memory without bound: it reads them or
//! refuses them with an error naming the file (exit 2). The mutations are the kinds that found
//! xls files looping in their sector chains, xls sheets claiming billions of cells and ods
//! content ending inside a sheet (each now a fixture of its own under ingest/bad/); the seed is
//! fixed, so every run tries the same files.

use std::path::Path;
use std::time::Duration;

/// Files mutated: every format ingest reads.
const ORIGINALS: &[&str] = &[
    "tests/fixtures/ingest/legacy.xls",
    "catalogs/sample-town/04残疾人联合会.xls",
    "tests/fixtures/ingest/sheets.ods",
    "tests/fixtures/ingest/grouped.xlsx",
    "tests/fixtures/ingest/gbk.csv",
    "tests/fixtures/ingest/utf16.tsv",
];
const CASES_PER_FILE: usize = 24;

/// A small deterministic generator (xorshift64*), so the cases are the same on every machine.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn mutate(original: &[u8], random: &mut Random) -> Vec<u8> {
    let mut bytes = original.to_vec();
    let at = random.below(bytes.len());
    match random.below(4) {
        0 => {
            for _ in 0..1 + random.below(16) {
                let i = random.below(bytes.len());
                bytes[i] = random.next() as u8;
            }
        }
        1 => bytes.truncate(at),
        2 => {
            let end = (at + 1 + random.below(200)).min(bytes.len());
            bytes[at..end].fill(0);
        }
        _ => {
            let end = (at + 1 + random.below(4096)).min(bytes.len());
            let copy = bytes[at..end].to_vec();
            bytes.splice(at..at, copy);
        }
    }
    bytes
}

/// `svcat import FILE` under a 4 GB address-space limit and a time limit.
fn import(file: &Path, out: &Path) -> (Option<i32>, String) {
    let output = assert_cmd::Command::new("bash")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("-c")
        .arg(r#"ulimit -v 4000000 && exec "$0" "$@""#)
        .arg(env!("CARGO_BIN_EXE_svcat"))
        .arg("import")
        .arg(file)
        .arg("-o")
        .arg(out)
        .arg("--quiet")
        .timeout(Duration::from_secs(30))
        .output()
        .expect("runs");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn damaged_spreadsheets_are_read_or_refused_never_crash() {
    let dir = tempfile::tempdir().unwrap();
    let mut random = Random(0x5EED_CA7A_1065);
    let mut refused = 0;
    for original in ORIGINALS {
        let bytes = std::fs::read(original).unwrap();
        let extension = Path::new(original).extension().unwrap().to_str().unwrap();
        for case in 0..CASES_PER_FILE {
            let file = dir.path().join(format!("damaged-{case}.{extension}"));
            std::fs::write(&file, mutate(&bytes, &mut random)).unwrap();
            let (code, stderr) = import(&file, &dir.path().join("out.json"));
            let what = format!("{original} case {case}");
            assert!(
                code == Some(0) || code == Some(2),
                "{what}: exit {code:?} (killed, aborted or timed out)\n{stderr}"
            );
            assert!(!stderr.contains("panicked"), "{what}: {stderr}");
            if code == Some(2) {
                refused += 1;
                assert!(
                    stderr.contains(&format!("damaged-{case}.{extension}")),
                    "{what}: the error names the file\n{stderr}"
                );
            }
        }
    }
    // The mutations are not all harmless: many files are refused.
    assert!(refused > 20, "only {refused} refused");
}
