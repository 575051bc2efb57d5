//! `check` without holding the catalog: the engine ([`super::engine`]) fed by ingest. Items
//! arrive in batches of one sheet, parsed on the worker threads, where the engine checks them at
//! once; the batches' findings and item identities are taken in reading order, and what needs
//! the whole catalog is settled when reading ends.

use std::cell::RefCell;
use std::path::PathBuf;
use std::sync::Arc;

use super::engine::{Collector, Plan, check_batch};
use crate::store::FindingStore;
use svcat_core::error::Error;
use svcat_core::model::{Catalog, CatalogMeta, Item, SheetSource};
use svcat_core::schema::Schema;
use svcat_ingest::{Encoded, Encoder, Ingested, ItemStream};
use svcat_plain::glossary::builtin_glossary;

/// The `ItemStream` that checks as it reads.
pub struct CheckStream {
    /// The upper-level catalog named on the command line; else catalog.toml's, loaded when the
    /// meta is known.
    against: Option<Arc<Catalog>>,
    base: Option<PathBuf>,
    /// Whether findings carry the cell's text and header (for the human report).
    cell_details: bool,
    started: RefCell<Option<Started>>,
    collector: RefCell<Collector>,
}

/// What is known once the catalog's meta is.
#[derive(Clone)]
struct Started {
    plan: Arc<Plan>,
    meta: CatalogMeta,
    upper: Option<Arc<Catalog>>,
    cell_details: bool,
}

impl CheckStream {
    /// `against`: the upper-level catalog from the command line. `base`: the input directory, where
    /// catalog.toml's `upper` is found. `cell_details`: whether the findings keep each cell's text
    /// and header, which only the human report shows.
    pub fn new(against: Option<Catalog>, base: Option<PathBuf>, cell_details: bool) -> CheckStream {
        CheckStream {
            against: against.map(Arc::new),
            base,
            cell_details,
            started: RefCell::new(None),
            collector: RefCell::new(Collector::default()),
        }
    }

    /// Settles what needs the whole catalog and sorts the findings.
    pub fn finish(self, ingested: Ingested) -> Result<FindingStore, Error> {
        self.begin(&ingested.catalog);
        let started = self.started.into_inner().expect("begun");
        self.collector.into_inner().finish(
            &started.plan,
            ingested.catalog.meta,
            ingested.catalog.schema,
            ingested.catalog.sheets,
            &ingested.notices,
            ingested.files,
            started.cell_details,
        )
    }

    fn started(&self) -> Started {
        self.started.borrow().clone().expect("begin comes first")
    }
}

impl ItemStream for CheckStream {
    fn begin(&self, catalog: &Catalog) {
        if self.started.borrow().is_some() {
            return;
        }
        let upper = match (&self.against, &catalog.meta.upper, &self.base) {
            (Some(against), _, _) => Some(Arc::clone(against)),
            (None, Some(upper), Some(base)) => {
                match svcat_ingest::upper::read_upper(&base.join(upper)) {
                    Ok(upper) => Some(Arc::new(upper)),
                    Err(e) => {
                        self.collector.borrow_mut().fail(e);
                        None
                    }
                }
            }
            _ => None,
        };
        let plan = Plan::new(&catalog.schema);
        if plan.has_prose_rules() {
            // The L rules' glossary takes milliseconds to compile: on a spare thread while the
            // first rows are read, rather than when the first batch needs it.
            rayon::spawn(|| drop(builtin_glossary()));
        }
        *self.started.borrow_mut() = Some(Started {
            plan: Arc::new(plan),
            meta: catalog.meta.clone(),
            upper,
            cell_details: self.cell_details,
        });
    }

    fn encoder(
        &self,
        schema: &Arc<Schema>,
        sheet: &SheetSource,
        sheet_index: u32,
        from_cells: bool,
    ) -> Encoder {
        let started = self.started();
        let (schema, sheet) = (Arc::clone(schema), sheet.clone());
        Arc::new(move |mut items: Vec<Item>| -> Encoded {
            // The batch is a catalog of one sheet.
            for item in &mut items {
                item.sheet = 0;
            }
            let catalog = Catalog {
                meta: started.meta.clone(),
                schema: Arc::clone(&schema),
                sheets: vec![sheet.clone()],
                items,
            };
            let mut out = check_batch(
                &started.plan,
                &catalog,
                &catalog.items,
                started.upper.as_deref(),
                started.cell_details,
                from_cells,
            );
            out.sheet = sheet_index;
            out.identities = catalog
                .items
                .into_iter()
                .map(|item| started.plan.reduce_to_identity(item, sheet_index))
                .collect();
            Box::new(out)
        })
    }

    fn write(&self, encoded: Encoded) {
        if let Ok(batch) = encoded.downcast() {
            self.collector.borrow_mut().take(*batch);
        }
    }
}
