//! The house rules of the workspace, checked on its sources: each crate uses only the crates
//! below it in the layer picture (the compiler refuses a dependency cycle, but not an edge that
//! points up without closing one), no two top-level modules of a crate import each other, even
//! through others, and no source file grows past 900 lines.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Each crate and the svcat crates it may use: the layer picture of README.md's developers'
/// section, as data. A crate may use fewer; never another.
const LAYERS: &[(&str, &[&str])] = &[
    ("core", &[]),
    ("ingest", &["core"]),
    ("plain", &["core"]),
    ("rules", &["core", "ingest", "plain"]),
    ("emit", &["core", "ingest"]),
    ("report", &["core", "ingest", "rules", "emit"]),
    ("guide", &["core", "plain"]),
    ("diff", &["core", "ingest", "emit"]),
    ("stats", &["core"]),
    (
        "district",
        &["core", "ingest", "rules", "emit", "report", "stats"],
    ),
    (
        "serve",
        &[
            "core", "ingest", "rules", "emit", "report", "guide", "diff", "stats", "district",
        ],
    ),
    (
        "cli",
        &[
            "core", "ingest", "plain", "rules", "emit", "report", "guide", "diff", "stats",
            "district", "serve",
        ],
    ),
];

const MAX_LINES: usize = 900;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn crates() -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(root().join("crates"))
        .expect("crates/")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("readable dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The svcat crates a crate's Cargo.toml names in `[dependencies]`.
fn dependencies(name: &str) -> BTreeSet<String> {
    let manifest = fs::read_to_string(root().join("crates").join(name).join("Cargo.toml"))
        .expect("Cargo.toml");
    let mut section = "";
    let mut found = BTreeSet::new();
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            section = line;
        } else if section == "[dependencies]"
            && let Some(dep) = line.strip_prefix("svcat-")
        {
            let dep: String = dep
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            found.insert(dep);
        }
    }
    found
}

#[test]
fn every_crate_is_in_the_layer_picture_and_uses_only_crates_below_it() {
    let layers: BTreeMap<&str, &[&str]> = LAYERS.iter().copied().collect();
    for name in crates() {
        let allowed = layers
            .get(name.as_str())
            .unwrap_or_else(|| panic!("crates/{name} is missing from LAYERS (and the README)"));
        for dep in dependencies(&name) {
            assert!(
                allowed.contains(&dep.as_str()),
                "svcat-{name} depends on svcat-{dep}, which is not below it"
            );
        }
    }
    // The picture names no crate that does not exist.
    let names = crates();
    for (name, _) in LAYERS {
        assert!(names.iter().any(|n| n == name), "LAYERS names {name}");
    }
}

/// The crate's top-level modules a source file refers to (`crate::m`, and `super::m` from a
/// top-level file, whose parent is the crate root), outside its tests.
fn module_references(text: &str, top_level_file: bool, modules: &BTreeSet<String>) -> Vec<String> {
    let code = match text.find("#[cfg(test)]\nmod tests") {
        Some(at) => &text[..at],
        None => text,
    };
    let code: String = code
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut found = Vec::new();
    let mut prefixes = vec!["crate::"];
    if top_level_file {
        prefixes.push("super::");
    }
    for prefix in prefixes {
        let path = regex::Regex::new(&format!(r"\b{}(\{{[^}}]*\}}|\w+)", regex::escape(prefix)))
            .expect("valid pattern");
        for caps in path.captures_iter(&code) {
            let what = &caps[1];
            let names: Vec<&str> = if let Some(group) = what.strip_prefix('{') {
                // `crate::{a, b::c}`: the first segment of each path in the group.
                group
                    .trim_end_matches('}')
                    .split(',')
                    .filter_map(|p| p.trim().split("::").next())
                    .collect()
            } else {
                vec![what]
            };
            for name in names {
                if modules.contains(name) {
                    found.push(name.to_string());
                }
            }
        }
    }
    found
}

#[test]
fn no_crate_has_an_import_cycle_between_its_top_level_modules() {
    for name in crates() {
        let src = root().join("crates").join(&name).join("src");
        let modules: BTreeSet<String> = fs::read_dir(&src)
            .expect("src/")
            .map(|e| {
                let name = e.expect("entry").file_name().to_string_lossy().into_owned();
                name.trim_end_matches(".rs").to_string()
            })
            .filter(|m| m != "lib")
            .collect();
        let mut files = Vec::new();
        rust_files(&src, &mut files);
        let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for file in files {
            let relative = file.strip_prefix(&src).expect("inside src");
            let top = relative
                .components()
                .next()
                .expect("a component")
                .as_os_str()
                .to_string_lossy()
                .trim_end_matches(".rs")
                .to_string();
            if top == "lib" {
                continue;
            }
            let text = fs::read_to_string(&file).expect("utf-8 source");
            let top_level_file = relative.components().count() == 1;
            for target in module_references(&text, top_level_file, &modules) {
                if target != top {
                    edges.entry(top.clone()).or_default().insert(target);
                }
            }
        }
        // A cycle: some module reaches itself. Depth-first from each, reporting the path.
        for start in &modules {
            let mut stack = vec![(start.clone(), vec![start.clone()])];
            let mut seen = BTreeSet::new();
            while let Some((at, path)) = stack.pop() {
                for next in edges.get(&at).into_iter().flatten() {
                    assert!(
                        next != start,
                        "crates/{name}: modules import each other: {} -> {start}",
                        path.join(" -> ")
                    );
                    if seen.insert(next.clone()) {
                        let mut longer = path.clone();
                        longer.push(next.clone());
                        stack.push((next.clone(), longer));
                    }
                }
            }
        }
    }
}

#[test]
fn no_source_file_is_longer_than_900_lines() {
    let mut files = Vec::new();
    rust_files(&root().join("crates"), &mut files);
    rust_files(&root().join("src"), &mut files);
    let mut long: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let lines = fs::read_to_string(f).expect("utf-8 source").lines().count();
            (lines > MAX_LINES).then(|| format!("{} ({lines})", f.display()))
        })
        .collect();
    long.sort();
    assert!(long.is_empty(), "longer than {MAX_LINES} lines: {long:?}");
}

/// The check itself finds a cycle when there is one (so a pass means something).
#[test]
fn the_cycle_check_sees_crate_and_super_paths() {
    let modules: BTreeSet<String> = ["a", "b", "c"].map(String::from).into();
    assert_eq!(
        module_references(
            "use crate::{a::X, b};\nuse super::c::Y;\n// crate::c\n",
            true,
            &modules
        ),
        ["a", "b", "c"]
    );
    assert_eq!(
        module_references("use super::c::Y;\n", false, &modules),
        Vec::<String>::new()
    );
    assert_eq!(
        module_references(
            "fn f() {}\n#[cfg(test)]\nmod tests {\n    use crate::a;\n}\n",
            true,
            &modules
        ),
        Vec::<String>::new()
    );
}
