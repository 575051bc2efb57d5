//! An uploaded district folder run with svcat's library, as `svcat district DIR` runs a
//! directory: the same towns, checks, comparisons and targets (district.toml at the folder's top
//! applies; its `upper` can only name a folder inside the upload, as on the command line it can
//! only name one inside the district directory). Paths are said as the user named the folder.

use std::path::{Path, PathBuf};

use axum::http::StatusCode;

use crate::failure::{Failure, Said, hide_paths};
use crate::upload::Upload;
use svcat_core::error::Error;
use svcat_core::finding::Severity;
use svcat_core::report::FindingSource;
use svcat_district::{District, Options};

/// A district run on an upload, and the inputs that could not be read (each with its town).
pub struct Ran {
    pub district: District,
    pub unreadable: Vec<Said>,
    hidden: Vec<(String, String)>,
}

impl Ran {
    /// The exit code `svcat district` would end with (at its default `--deny error`).
    pub fn exit_code(&self) -> u8 {
        if !self.unreadable.is_empty() {
            2
        } else if self
            .district
            .towns
            .iter()
            .any(|t| t.report.denies(Severity::Error))
        {
            1
        } else {
            0
        }
    }

    /// `district --format json`, byte for byte but for the paths: the upload's, as the user
    /// named its folder.
    pub fn json(&mut self) -> String {
        self.with_shown_paths(svcat_district::json::district_json_text)
    }

    /// The human text (ranking and 要素N同), for the page.
    pub fn human(&mut self) -> String {
        self.with_shown_paths(svcat_district::human::district_human)
    }

    /// Writes the dashboard, the summary workbook and the towns' folders into `dir`. The towns
    /// keep their real paths (their workbooks are read again to be annotated); the district's
    /// own paths, which the dashboard shows, are the shown ones.
    pub fn write_outputs(&mut self, dir: &Path) -> Result<(), Failure> {
        let hidden = self.hidden.clone();
        let real = (self.district.path.clone(), self.district.upper.clone());
        self.district.path = shown(&real.0, &hidden);
        self.district.upper = real.1.as_deref().map(|p| shown(p, &hidden));
        let written = svcat_district::outputs::write_outputs(&self.district, dir, None);
        (self.district.path, self.district.upper) = real;
        written.map(drop).map_err(|e| Failure {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            error: Said::of(&e, &hidden),
            unreadable: Vec::new(),
        })
    }

    /// Runs `render` with every path of the district as shown to the user, then puts the real
    /// ones back.
    fn with_shown_paths(&mut self, render: impl Fn(&District) -> String) -> String {
        let hidden = self.hidden.clone();
        let district = &mut self.district;
        let real: Vec<PathBuf> = district.towns.iter().map(|t| t.path.clone()).collect();
        let real_dir = (district.path.clone(), district.upper.clone());
        for town in &mut district.towns {
            town.path = shown(&town.path, &hidden);
        }
        district.path = shown(&real_dir.0, &hidden);
        district.upper = real_dir.1.as_deref().map(|p| shown(p, &hidden));
        let text = render(district);
        for (town, path) in district.towns.iter_mut().zip(real) {
            town.path = path;
        }
        (district.path, district.upper) = real_dir;
        text
    }
}

fn shown(path: &Path, hidden: &[(String, String)]) -> PathBuf {
    PathBuf::from(hide_paths(&path.display().to_string(), hidden))
}

/// Runs the district on the upload's folder.
pub fn run(upload: &Upload) -> Result<Ran, Failure> {
    let hidden = upload.hidden_paths();
    let fail = |e: Error| Failure {
        status: StatusCode::BAD_REQUEST,
        error: Said::of(&e, &hidden),
        unreadable: Vec::new(),
    };
    let dir = &upload.catalog.dir;
    let ran = svcat_district::run(Options {
        dir,
        upper: None,
        config: None,
    })
    .map_err(fail)?;
    let mut district = ran.district;
    // Without a district.toml naming it, the district is named after its directory: the
    // folder the user dropped, not the private one.
    let named = svcat_district::config::read_config(dir, None, false)
        .map(|c| c.name.is_some())
        .unwrap_or(true);
    if !named && let Some(last) = upload.catalog.folder.rsplit('/').next() {
        if !last.is_empty() {
            district.name = last.to_string();
        } else {
            district.name = "上传的区县".to_string();
        }
    }
    let unreadable = ran
        .errors
        .iter()
        .map(|(town, e)| {
            let mut said = Said::of(e, &hidden);
            said.message = format!("镇（街道）“{town}”：{}", said.message);
            said
        })
        .collect();
    Ok(Ran {
        district,
        unreadable,
        hidden,
    })
}
