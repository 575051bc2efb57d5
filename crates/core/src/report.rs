//! The findings of a check, held ([`Report`]) or read from elsewhere ([`FindingSource`]): data
//! first; the renderers (human, JSON, SARIF, the annotated workbook) are views of it.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use rayon::slice::ParallelSliceMut;

use crate::finding::{Finding, Severity};
use crate::finding_json::{FindingJson, render_finding, render_parts};

/// The findings of a check as the renderers read them: in the contract's order, from memory
/// ([`Report`]) or from a spill file (the findings store of the rule engine, for catalogs too large to hold).
pub trait FindingSource {
    /// Input files read.
    fn files(&self) -> usize;
    /// Items checked.
    fn items(&self) -> usize;
    fn len(&self) -> usize;
    fn count(&self, severity: Severity) -> usize;
    /// Visits every finding, in order; stops at the first error.
    fn each(&self, visit: &mut dyn FnMut(&Finding) -> std::io::Result<()>) -> std::io::Result<()>;

    /// Keeps the findings `keep` accepts (a baseline's filter).
    fn retain(&mut self, keep: &dyn Fn(&Finding) -> bool) -> std::io::Result<()>;

    /// Reports a repeated fact once: of the findings of a rule for which `one_fact` holds that
    /// say the same about cells of one column of one sheet, the first keeps its place and lists
    /// the others' cells in `same`; they are dropped.
    fn group_repeats(&mut self, one_fact: &dyn Fn(&str) -> bool) -> std::io::Result<()>;

    /// Visits the findings in order, some thousands at a time (for renderers that work on every
    /// core).
    fn chunks(
        &self,
        visit: &mut dyn FnMut(&[Finding]) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        let mut chunk = Vec::with_capacity(CHUNK);
        self.each(&mut |f| {
            chunk.push(f.clone());
            if chunk.len() == CHUNK {
                visit(&chunk)?;
                chunk.clear();
            }
            Ok(())
        })?;
        if chunk.is_empty() {
            Ok(())
        } else {
            visit(&chunk)
        }
    }

    /// The findings as the JSON report writes them (each after ",\n    "), in order, some thousands
    /// at a time.
    fn json_chunks(
        &self,
        visit: &mut dyn FnMut(&[u8]) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        self.chunks(&mut |findings| {
            render_parts(findings, |f, buf| {
                render_finding(buf, &FindingJson::of(f));
                Ok(())
            })?
            .iter()
            .try_for_each(|part| visit(part))
        })
    }

    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether any finding reaches `deny`.
    fn denies(&self, deny: Severity) -> bool {
        [Severity::Info, Severity::Warning, Severity::Error]
            .into_iter()
            .any(|s| s >= deny && self.count(s) > 0)
    }
}

/// How many findings [`FindingSource::chunks`] hands over at a time.
pub const CHUNK: usize = 4096;

impl FindingSource for Report {
    fn files(&self) -> usize {
        self.files
    }

    fn items(&self) -> usize {
        self.items
    }

    fn len(&self) -> usize {
        self.findings.len()
    }

    fn count(&self, severity: Severity) -> usize {
        Report::count(self, severity)
    }

    fn each(&self, visit: &mut dyn FnMut(&Finding) -> std::io::Result<()>) -> std::io::Result<()> {
        self.findings.iter().try_for_each(visit)
    }

    fn retain(&mut self, keep: &dyn Fn(&Finding) -> bool) -> std::io::Result<()> {
        self.findings.retain(|f| keep(f));
        Ok(())
    }

    fn group_repeats(&mut self, one_fact: &dyn Fn(&str) -> bool) -> std::io::Result<()> {
        let mut heads: HashMap<RepeatKey, usize> = HashMap::new();
        let mut dropped = vec![false; self.findings.len()];
        let mut same: Vec<(usize, String)> = Vec::new();
        for (i, f) in self.findings.iter().enumerate() {
            let Some(key) = repeat_key(f, one_fact) else {
                continue;
            };
            match heads.entry(key) {
                Entry::Vacant(slot) => {
                    slot.insert(i);
                }
                Entry::Occupied(slot) => {
                    same.push((*slot.get(), f.cell().unwrap_or_default()));
                    dropped[i] = true;
                }
            }
        }
        for (head, cell) in same {
            self.findings[head].same.push(cell);
        }
        let mut i = 0;
        self.findings.retain(|_| {
            i += 1;
            !dropped[i - 1]
        });
        Ok(())
    }

    fn chunks(
        &self,
        visit: &mut dyn FnMut(&[Finding]) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        self.findings.chunks(CHUNK).try_for_each(visit)
    }
}

/// What makes two findings one repeated fact: rule, file, sheet, column and message.
pub type RepeatKey = (&'static str, String, Option<String>, u32, String);

/// The repeat key of a finding whose rule reports facts, when it is about a cell.
pub fn repeat_key(f: &Finding, one_fact: &dyn Fn(&str) -> bool) -> Option<RepeatKey> {
    if !one_fact(f.rule) || f.row.is_none() {
        return None;
    }
    Some((
        f.rule,
        f.file.clone(),
        f.sheet.clone(),
        f.column?,
        f.message.clone(),
    ))
}

/// What `check` found, ready to render.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub files: usize,
    pub items: usize,
    pub findings: Vec<Finding>,
}

impl Report {
    pub fn sort(&mut self) {
        self.findings.par_sort_by(Finding::order);
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }
}
