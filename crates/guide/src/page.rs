//! Writing what a guide says about one item (the [`GuideItem`] of `content.rs`) from the
//! catalog: each section of the page from the elements it answers, in everyday words with the
//! glossary's terms explained, then the one-time notice and the readability figures.

use std::sync::LazyLock;

use regex::Regex;

use super::content::{
    BASIS_HEADING, Block, CheckLine, Checklist, GuideItem, HEADINGS, ItemStats, MISSING, Notice,
    Section, Step,
};
use svcat_core::handling::{HandlingType, handling_type};
use svcat_core::model::{Catalog, Field, Item, Material, TimeLimit, TimeUnit, Value};
use svcat_plain::BODY_ELEMENTS;
use svcat_plain::explainer::Explainer;
use svcat_plain::glossary::Glossary;
use svcat_plain::measures::{sentence_len, sentences};
use svcat_plain::plain_text::Plain;

/// Reads one item's elements the guide's way: a field counts only when it holds something real.
struct Reader<'a> {
    catalog: &'a Catalog,
    item: &'a Item,
}

impl<'a> Reader<'a> {
    fn field(&self, key: &str) -> Option<&'a Field> {
        self.catalog
            .get(self.item, key)
            .filter(|f| !self.catalog.schema.is_placeholder(&f.source_text()))
    }

    fn value(&self, key: &str) -> Option<&'a Value> {
        self.field(key).map(|f| &f.value)
    }

    /// The element's text as the sheet gives it, when it is filled in.
    fn text(&self, key: &str) -> Option<String> {
        let value = self.value(key)?;
        let text = match value {
            Value::List(values) => values.join("、"),
            other => other.render(),
        };
        let text = text.trim().to_string();
        (!text.is_empty()).then_some(text)
    }

    fn bool(&self, key: &str) -> Option<bool> {
        self.value(key).and_then(Value::as_bool)
    }
}

/// Builds everything a guide says about one item.
pub fn build_item(
    catalog: &Catalog,
    glossary: &Glossary,
    masks: &[Option<Vec<bool>>],
    item: &Item,
    number: usize,
    slug: String,
) -> GuideItem {
    let mut page = Page::new(catalog, glossary, masks, item);
    let name = page.r.text("name").unwrap_or_else(|| MISSING.to_string());
    let code = page.r.text("code").unwrap_or_default();
    let department = page.r.text("department").unwrap_or_default();
    let answers = page.answers();
    // In page order: the explainer explains a term where it first appears on the page, so the
    // order the sections are written in decides which of them explains it.
    // An item nobody applies for (a penalty, an inspection) has no materials to bring, no fee to
    // pay and no trips to make: those sections do not apply and are left out, not marked missing.
    let applied_for = !page.ex_officio;
    let mut sections = vec![page.what_it_does(&answers), page.who_can_apply(&answers)];
    if applied_for {
        sections.push(page.what_to_bring());
    }
    sections.push(page.how_to_apply());
    sections.push(page.how_long(&answers));
    if applied_for {
        sections.push(page.what_it_costs(&answers));
        sections.push(page.how_many_trips(&answers));
    }
    sections.push(page.where_and_when(&answers));
    sections.push(page.getting_the_result(&answers));
    sections.push(page.whom_to_ask(&answers));
    let basis = page.rewritten("legal_basis").map(Plain::raw);
    let notice = applied_for.then(|| page.notice(answers));
    let stats = item_stats(glossary, &page.r, &sections, basis.is_none(), &page.ex);
    GuideItem {
        number,
        slug,
        code,
        name,
        department,
        sections,
        basis,
        notice,
        stats,
    }
}

/// One item's guide page as it is written: its elements, and the explainer that runs through the
/// whole page.
struct Page<'a> {
    r: Reader<'a>,
    glossary: &'a Glossary,
    ex: Explainer<'a>,
    /// Penalties, inspections and enforcement are not asked for: the page says how they run.
    ex_officio: bool,
    /// Which elements each sheet's kind of list carries ([`Catalog::list_masks`], once per guide).
    masks: &'a [Option<Vec<bool>>],
}

/// The answers the page explains and the one-time notice repeats without explanations, in
/// everyday words.
struct Answers {
    conditions: Option<String>,
    result: Option<String>,
    /// How long it takes, as svcat words it from the limits it could read.
    limit: Option<String>,
    /// A limit svcat could not read is shown exactly as the catalog writes it, never glossed.
    written_limit: Option<String>,
    fee: Option<String>,
    visits: Option<String>,
    location: Option<String>,
    hours: Option<String>,
    consult: Option<String>,
}

impl<'a> Page<'a> {
    fn new(
        catalog: &'a Catalog,
        glossary: &'a Glossary,
        masks: &'a [Option<Vec<bool>>],
        item: &'a Item,
    ) -> Page<'a> {
        let r = Reader { catalog, item };
        let kind = r.text("kind");
        let ex_officio = kind.as_deref().is_some_and(|k| {
            ["penalty", "enforcement"].iter().any(|g| {
                catalog
                    .schema
                    .groups
                    .get(*g)
                    .is_some_and(|kinds| kinds.iter().any(|x| x == k))
            })
        });
        Page {
            r,
            glossary,
            ex: Explainer::new(glossary),
            ex_officio,
            masks,
        }
    }

    /// Whether the page may say an element is missing: only where `check` says so too (M001:
    /// the item's type requires it and its kind of list carries it, and 无 is no answer for it).
    /// Anything else the catalog leaves empty does not apply to the item and is left out.
    fn required(&self, key: &str) -> bool {
        let Reader { catalog, item } = self.r;
        let Some(e) = catalog.schema.element_index(key) else {
            return false;
        };
        catalog.requires(item, e, self.masks) && !catalog.none_is_answer(item, key)
    }

    /// A fact with its value, or, where it has none, marked missing if it is required and left
    /// out if it is not (see [`Page::required`]).
    fn fact(
        &self,
        blocks: &mut Vec<Block>,
        label: &'static str,
        value: Option<Plain>,
        keys: &[&str],
    ) {
        if value.is_some() || keys.iter().any(|k| self.required(k)) {
            blocks.push(Block::Fact { label, value });
        }
    }

    /// [`Block::Missing`] where a required element is empty; nothing where it does not apply.
    fn missing(&self, blocks: &mut Vec<Block>, keys: &[&str]) {
        if keys.iter().any(|k| self.required(k)) {
            blocks.push(Block::Missing);
        }
    }

    /// An element's text in everyday words, without explanations.
    fn rewritten(&self, key: &str) -> Option<String> {
        self.r
            .text(key)
            .map(|t| self.glossary.rewrite(Some(key), &t).into_owned())
    }

    /// Information services ask for no materials and set no conditions: there "无" (or nothing)
    /// is the answer, not a gap.
    fn none_is_answer(&self, key: &str) -> bool {
        let Reader { catalog, item } = self.r;
        catalog
            .get(item, key)
            .is_none_or(|f| f.typed_text().is_some_and(svcat_core::text::says_none))
            && catalog.none_is_answer(item, key)
    }

    /// Rewritten once: the page explains these words, the notice reuses them as they are.
    fn answers(&self) -> Answers {
        let (limit, written_limit) = self.limit_answer();
        Answers {
            conditions: self.rewritten("conditions"),
            result: self.rewritten("result_name"),
            limit,
            written_limit,
            fee: self.fee_answer(),
            visits: self.visits_answer(),
            location: self.rewritten("location"),
            hours: self.rewritten("hours"),
            consult: self.rewritten("phone_consult"),
        }
    }

    /// The promised and the legal time limit, where svcat can read them.
    fn limits(&self) -> (Option<TimeLimit>, Option<TimeLimit>) {
        (
            self.r.value("promised_limit").and_then(Value::as_limit),
            self.r.value("legal_limit").and_then(Value::as_limit),
        )
    }

    /// How long it takes as svcat words it, and as the catalog writes it.
    /// A promised limit the public lists show as 待核实 (a 即办件 with 5个工作日, a 承诺件 that
    /// promises 即办) is not promised to residents either: what the page says instead.
    fn unverified_limit(&self) -> Option<String> {
        self.r.value("promised_limit")?;
        let why =
            svcat_core::handling::unpostable_limit(self.r.catalog, self.r.item, "promised_limit")?;
        Some(format!("办理时限待核实（{why}），请先打咨询电话问清楚。"))
    }

    fn limit_answer(&self) -> (Option<String>, Option<String>) {
        if let Some(unverified) = self.unverified_limit() {
            return (Some(unverified), None);
        }
        let (promised, legal) = self.limits();
        let immediate =
            handling_type(self.r.catalog, self.r.item).is_some_and(HandlingType::done_at_once);
        let parsed_limit = if self.ex_officio {
            promised
                .or(legal)
                .map(|l| format!("按规定在{}内办完。", limit_words(l)))
        } else {
            limit_sentence(promised.or(legal), immediate)
        };
        let written_limit = self
            .r
            .text("promised_limit")
            .or_else(|| self.r.text("legal_limit"));
        (parsed_limit, written_limit)
    }

    fn fee_answer(&self) -> Option<String> {
        match self.r.bool("fee_charged") {
            Some(false) => Some("不收钱。".to_string()),
            Some(true) => Some("要收费。".to_string()),
            None => self.rewritten("fee_charged"),
        }
    }

    fn visits_answer(&self) -> Option<String> {
        match self.r.value("visits") {
            Some(Value::Integer(0)) => Some("一趟也不用跑。".to_string()),
            Some(Value::Integer(n)) if *n > 0 => Some(format!("最多跑{n}次。")),
            _ => self.rewritten("visits"),
        }
    }

    /// 这件事能帮您办什么: the sub-item, the kind, and what the resident gets, or, for an item
    /// done ex officio, that there is nothing to apply for.
    fn what_it_does(&mut self, answers: &Answers) -> Section {
        let mut blocks = Vec::new();
        if let Some(sub) = self.rewritten("sub_item") {
            blocks.push(Block::Fact {
                label: "具体办理",
                value: Some(self.ex.annotate(&sub)),
            });
        }
        let kind = self.r.text("kind");
        let value = kind.as_deref().map(|k| self.ex.annotate(k));
        self.fact(&mut blocks, "事项类别", value, &["kind"]);
        if self.ex_officio {
            blocks.push(Block::Para(self.ex.annotate(
                "这件事由政府部门主动办理，不需要您申请。这一页说明它怎么办、多久办完、有问题找谁。",
            )));
        } else if let Some(result) = &answers.result {
            blocks.push(Block::Fact {
                label: "办好后您会拿到",
                value: Some(self.ex.annotate(result)),
            });
        }
        Section {
            heading: HEADINGS[0],
            blocks,
        }
    }

    /// 谁可以办: whom the item serves, its conditions, and any quantity limit.
    fn who_can_apply(&mut self, answers: &Answers) -> Section {
        let mut blocks = Vec::new();
        if let Some(objects) = self.rewritten("service_objects") {
            blocks.push(Block::Fact {
                label: "面向",
                value: Some(self.ex.annotate(&objects)),
            });
        }
        let value = answers
            .conditions
            .as_deref()
            .map(|c| self.ex.annotate(c))
            .or_else(|| {
                self.none_is_answer("conditions")
                    .then(|| Plain::raw("不需要".to_string()))
            });
        self.fact(&mut blocks, "需要满足的条件", value, &["conditions"]);
        if let Some(limit) = self.rewritten("quantity_limit") {
            blocks.push(Block::Fact {
                label: "数量限制",
                value: Some(self.ex.annotate(&limit)),
            });
        }
        Section {
            heading: HEADINGS[1],
            blocks,
        }
    }

    /// 需要带什么: the materials as a checklist, or as the catalog's text when it gives no list.
    fn what_to_bring(&mut self) -> Section {
        let (materials_list, incomplete, loose) = match self.r.value("materials") {
            Some(Value::Materials(list)) => {
                let (c, incomplete) =
                    checklist(self.r.catalog, self.glossary, list, Some(&mut self.ex));
                (Some(c), incomplete, None)
            }
            Some(other) => (None, false, Some(other.render())),
            None => (None, false, None),
        };
        let mut blocks = Vec::new();
        match (&materials_list, &loose) {
            (Some(c), _) if !c.lines.is_empty() => {
                blocks.push(Block::Checklist(c.clone()));
                if incomplete {
                    blocks.push(Block::Fact {
                        label: "其他材料",
                        value: None,
                    });
                }
            }
            (_, Some(text)) => blocks.push(Block::Para(
                self.ex
                    .annotate(&self.glossary.rewrite(Some("materials"), text)),
            )),
            _ if self.none_is_answer("materials") => {
                blocks.push(Block::Para(Plain::raw("不需要带材料。".to_string())));
            }
            _ => self.missing(&mut blocks, &["materials"]),
        }
        Section {
            heading: HEADINGS[2],
            blocks,
        }
    }

    /// 怎么办: the process as steps, the ways to apply, and the services that make it easier.
    fn how_to_apply(&mut self) -> Section {
        let mut blocks = Vec::new();
        match self.rewritten("process") {
            Some(p) => blocks.push(Block::Steps(
                split_steps(&p)
                    .into_iter()
                    .map(|(label, text)| Step {
                        label: label.map(|l| self.ex.annotate(&l)),
                        text: self.ex.annotate(&text),
                    })
                    .collect(),
            )),
            None => self.missing(&mut blocks, &["process"]),
        }
        let mut ways = Vec::new();
        if let Some(Value::List(forms)) = self.r.value("handling_forms") {
            ways.extend(forms.iter().map(|f| f.to_string()));
        } else if let Some(forms) = self.rewritten("handling_forms") {
            ways.push(forms);
        }
        if !ways.is_empty() {
            blocks.push(Block::Fact {
                label: "办理方式",
                value: Some(self.ex.annotate(&ways.join("、"))),
            });
        }
        if self.r.text("online_depth").as_deref() == Some("四级") {
            blocks.push(Block::Para(self.ex.annotate("这件事可以全程网办。")));
        }
        if self.r.bool("one_window") == Some(true) {
            blocks
                .push(Block::Para(self.ex.annotate(
                    "这件事实行一窗受理，到便民服务中心综合窗口就能办。",
                )));
        }
        if self.r.bool("proxy_service") == Some(true) {
            blocks.push(Block::Para(self.ex.annotate(
                "这件事可以帮办代办：行动不便或不会操作的，可以请工作人员帮忙。",
            )));
        }
        if self.r.bool("notify_commit") == Some(true) {
            blocks.push(Block::Para(self.ex.annotate("这件事实行告知承诺制。")));
        }
        if let Some(scope) = self.rewritten("cross_region") {
            blocks.push(Block::Fact {
                label: "通办范围",
                value: Some(self.ex.annotate(&scope)),
            });
        }
        Section {
            heading: HEADINGS[3],
            blocks,
        }
    }

    /// 多久能办好: the time limit, whether the promise beats the law, and the steps whose time is
    /// counted apart.
    fn how_long(&mut self, answers: &Answers) -> Section {
        let mut blocks = Vec::new();
        let unverified = self.unverified_limit();
        match (&answers.limit, &answers.written_limit) {
            // Quoted as the catalog writes it, not explained.
            (Some(t), _) if unverified.is_some() => blocks.push(Block::Para(Plain::raw(t.clone()))),
            (Some(t), _) => blocks.push(Block::Para(self.ex.annotate(t))),
            (None, Some(t)) => blocks.push(Block::Para(Plain::raw(t.clone()))),
            (None, None) => self.missing(&mut blocks, &["promised_limit", "legal_limit"]),
        }
        if let (Some(p), Some(l)) = self.limits()
            && unverified.is_none()
            && !l.is_immediate()
            && p.working_days() < l.working_days()
        {
            blocks.push(Block::Para(self.ex.annotate(&format!(
                "法律规定最长{}，这里承诺更快。",
                limit_words(l)
            ))));
        }
        if let Some(special) = self
            .rewritten("special_procedures")
            .filter(|s| !says_none(s))
        {
            blocks.push(Block::Fact {
                label: "这些环节的时间另算",
                value: Some(self.ex.annotate(&special)),
            });
        }
        Section {
            heading: HEADINGS[4],
            blocks,
        }
    }

    /// 要不要花钱: whether it costs anything, and where it does, how much, by what right, and
    /// whether one can pay online.
    fn what_it_costs(&mut self, answers: &Answers) -> Section {
        let mut blocks = Vec::new();
        match &answers.fee {
            Some(text) => blocks.push(Block::Para(self.ex.annotate(text))),
            None => self.missing(&mut blocks, &["fee_charged"]),
        }
        if self.r.bool("fee_charged") == Some(true) {
            let value = self.rewritten("fee_standard").map(|s| self.ex.annotate(&s));
            self.fact(&mut blocks, "收费标准", value, &["fee_standard"]);
            if let Some(basis) = self.rewritten("fee_basis") {
                blocks.push(Block::Fact {
                    label: "收费依据",
                    value: Some(Plain::raw(basis)),
                });
            }
            if self.r.bool("online_payment") == Some(true) {
                blocks.push(Block::Para(self.ex.annotate("可以在网上交费。")));
            }
        }
        Section {
            heading: HEADINGS[5],
            blocks,
        }
    }

    /// 要跑几次: how many trips, and why one has to come in person.
    fn how_many_trips(&mut self, answers: &Answers) -> Section {
        let mut blocks = Vec::new();
        match &answers.visits {
            Some(text) => blocks.push(Block::Para(self.ex.annotate(text))),
            None => self.missing(&mut blocks, &["visits"]),
        }
        if let Some(reason) = self.rewritten("visit_reason") {
            blocks.push(Block::Fact {
                label: "为什么要到现场",
                value: Some(self.ex.annotate(&reason)),
            });
        }
        Section {
            heading: HEADINGS[6],
            blocks,
        }
    }

    /// 在哪里办、什么时候办: place and hours, the online address, and whether to book first.
    fn where_and_when(&mut self, answers: &Answers) -> Section {
        let mut blocks = Vec::new();
        let location = answers.location.as_deref().map(|l| self.ex.annotate(l));
        self.fact(&mut blocks, "地点", location, &["location"]);
        let hours = answers.hours.as_deref().map(|h| self.ex.annotate(h));
        self.fact(&mut blocks, "时间", hours, &["hours"]);
        if let Some(url) = self.r.text("online_url") {
            blocks.push(Block::Fact {
                label: "网上办理",
                value: Some(Plain::raw(url)),
            });
        }
        if self.r.bool("appointment") == Some(true) {
            blocks.push(Block::Para(self.ex.annotate("可以先预约再去。")));
        }
        Section {
            heading: HEADINGS[7],
            blocks,
        }
    }

    /// 办好了怎么拿到: what the resident gets, and how.
    fn getting_the_result(&mut self, answers: &Answers) -> Section {
        let mut blocks = Vec::new();
        if let Some(result) = &answers.result {
            blocks.push(Block::Fact {
                label: "您会拿到",
                value: Some(self.ex.annotate(result)),
            });
        }
        let delivery = self.rewritten("delivery").or_else(|| {
            (self.r.bool("express_delivery") == Some(true)).then(|| "可以邮寄给您".to_string())
        });
        let delivery = delivery.as_deref().map(|d| self.ex.annotate(d));
        self.fact(
            &mut blocks,
            "领取方式",
            delivery,
            &["delivery", "express_delivery"],
        );
        Section {
            heading: HEADINGS[8],
            blocks,
        }
    }

    /// 有问题找谁: the phone numbers to ask and to complain, and the FAQ.
    fn whom_to_ask(&mut self, answers: &Answers) -> Section {
        let mut blocks = Vec::new();
        let consult = answers.consult.as_deref().map(|c| self.ex.annotate(c));
        self.fact(&mut blocks, "咨询电话", consult, &["phone_consult"]);
        let complaint = self
            .rewritten("phone_complaint")
            .map(|c| self.ex.annotate(&c));
        self.fact(&mut blocks, "投诉电话", complaint, &["phone_complaint"]);
        if let Some(faq) = self.rewritten("faq") {
            blocks.push(Block::Fact {
                label: "常见问题",
                value: Some(self.ex.annotate(&faq)),
            });
        }
        Section {
            heading: HEADINGS[9],
            blocks,
        }
    }

    /// The one-time notice: the same words, without explanations, to fit one page.
    fn notice(&self, answers: Answers) -> Notice {
        // The list is incomplete where some material is only a placeholder, or where the
        // catalog gives the materials as text rather than a list (the page shows that text).
        let (materials, materials_incomplete) = match self.r.value("materials") {
            Some(Value::Materials(list)) => {
                let (c, incomplete) = checklist(self.r.catalog, self.glossary, list, None);
                (Some(c).filter(|c| !c.lines.is_empty()), incomplete)
            }
            Some(_) => (None, true),
            None => (None, false),
        };
        Notice {
            conditions: answers.conditions.map(Plain::raw),
            materials,
            materials_incomplete,
            facts: [
                (
                    "在哪里办",
                    answers.location.map(Plain::raw),
                    &["location"][..],
                ),
                ("办理时间", answers.hours.map(Plain::raw), &["hours"]),
                (
                    "多久能办好",
                    answers.limit.or(answers.written_limit).map(Plain::raw),
                    &["promised_limit", "legal_limit"],
                ),
                ("要不要花钱", answers.fee.map(Plain::raw), &["fee_charged"]),
                ("要跑几次", answers.visits.map(Plain::raw), &["visits"]),
                (
                    "咨询电话",
                    answers.consult.map(Plain::raw),
                    &["phone_consult"],
                ),
            ]
            .into_iter()
            // An empty fact is shown as missing only where `check` reports it too.
            .filter(|(_, value, keys)| value.is_some() || keys.iter().any(|k| self.required(k)))
            .map(|(label, value, _)| (label, value))
            .collect(),
        }
    }
}

/// The materials as checklist lines; true when some material is only a placeholder.
fn checklist(
    catalog: &Catalog,
    glossary: &Glossary,
    materials: &[Material],
    mut ex: Option<&mut Explainer>,
) -> (Checklist, bool) {
    let mut list = Checklist::default();
    let mut incomplete = false;
    for m in materials {
        if catalog.schema.is_placeholder(&m.name) {
            incomplete = true;
            continue;
        }
        let mut plain = |key: Option<&str>, text: &str| -> Plain {
            let rewritten = glossary.rewrite(key, text);
            match ex.as_deref_mut() {
                Some(ex) => ex.annotate(&rewritten),
                None => Plain::raw(rewritten),
            }
        };
        let name = plain(Some("materials"), &m.name);
        let mut details = Vec::new();
        if let Some(form) = &m.form {
            // Words in the details (原件, 复印件) are explained under the list, not mid-line.
            let form = plain(Some("materials"), form);
            for note in form.notes() {
                list.notes.push(note.clone());
            }
            details.push(form.text());
        }
        if let Some(copies) = m.copies {
            details.push(format!("{copies}份"));
        }
        let notes = m
            .notes
            .as_deref()
            .map(|n| n.trim().trim_start_matches(['，', '；', ',', ';']))
            .filter(|n| !n.is_empty())
            .map(|n| plain(Some("materials"), n));
        let source = m
            .source
            .as_deref()
            .filter(|s| !s.trim().is_empty() && !catalog.schema.is_placeholder(s))
            .map(|s| plain(Some("materials"), s));
        list.lines.push(CheckLine {
            name,
            details: details.join("，"),
            optional: !m.required,
            source,
            notes,
        });
    }
    (list, incomplete)
}

static STEP_NUMBER_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[；;。\n\s])\s*(?:\d{1,2}[.、．]|[（(]\d{1,2}[）)]|第[一二三四五六七八九十]+步[：:，,]?)")
        .expect("valid regex")
});

/// Splits a process into steps: at its numbering when it is numbered, else at ； and line breaks.
/// A short name before a colon ("受理：……") becomes the step's label.
pub fn split_steps(process: &str) -> Vec<(Option<String>, String)> {
    let starts: Vec<(usize, usize)> = STEP_NUMBER_RE
        .find_iter(process)
        .map(|m| (m.start(), m.end()))
        .collect();
    let pieces: Vec<&str> = if starts.len() >= 2 || starts.first().is_some_and(|s| s.0 == 0) {
        let mut pieces = Vec::new();
        if starts[0].0 > 0 {
            pieces.push(&process[..starts[0].0]);
        }
        for (i, &(_, end)) in starts.iter().enumerate() {
            let next = starts.get(i + 1).map_or(process.len(), |s| s.0);
            pieces.push(&process[end..next]);
        }
        pieces
    } else {
        process.split(['；', ';', '\n']).collect()
    };
    pieces
        .into_iter()
        .map(|p| {
            p.trim()
                .trim_end_matches(['；', ';', '。', '，', ','])
                .trim()
        })
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once(['：', ':']) {
            Some((label, rest))
                if (1..=6).contains(&label.chars().count()) && !rest.trim().is_empty() =>
            {
                (Some(label.trim().to_string()), rest.trim().to_string())
            }
            _ => (None, p.to_string()),
        })
        .collect()
}

/// "受理后20个工作日内办好"; None when there is no limit to tell.
fn limit_sentence(limit: Option<TimeLimit>, immediate: bool) -> Option<String> {
    match limit {
        Some(l) if l.is_immediate() => Some("材料齐全当场办好。".to_string()),
        Some(l) => Some(format!("受理后{}内办好。", limit_words(l))),
        None if immediate => Some("材料齐全当场办好。".to_string()),
        None => None,
    }
}

fn limit_words(l: TimeLimit) -> String {
    match l.unit {
        TimeUnit::Immediate => "当场".to_string(),
        TimeUnit::WorkingDays => format!("{}个工作日", l.value),
        TimeUnit::CalendarDays => format!("{}天", l.value),
    }
}

/// 不涉及, 无特别程序: the special-procedures cell says there are none.
fn says_none(text: &str) -> bool {
    let t = text.trim();
    t.starts_with("不涉及") || t.starts_with("无特别") || t.starts_with("没有") || t == "无"
}

fn item_stats(
    glossary: &Glossary,
    r: &Reader,
    sections: &[Section],
    basis_missing: bool,
    ex: &Explainer,
) -> ItemStats {
    let mut stats = ItemStats {
        markers: vec![0; glossary.markers.len()],
        ..ItemStats::default()
    };
    for key in BODY_ELEMENTS {
        let Some(text) = r.text(key) else { continue };
        let text = glossary.rewrite(Some(key), &text);
        glossary.count_markers(&text, &mut stats.markers);
        for s in sentences(&text) {
            let len = sentence_len(s);
            stats.sentences += 1;
            stats.characters += len;
            if len > stats.longest {
                stats.longest = len;
                stats.longest_sentence = s.to_string();
            }
        }
    }
    for section in sections {
        for block in &section.blocks {
            match block {
                Block::Missing => stats.missing.push(section.heading.to_string()),
                Block::Fact { label, value: None } => {
                    stats.missing.push(format!("{}·{label}", section.heading))
                }
                _ => {}
            }
        }
    }
    if basis_missing {
        stats.missing.push(BASIS_HEADING.to_string());
    }
    stats.unexplained = ex
        .unexplained
        .iter()
        .map(|&i| glossary.terms[i].term.clone())
        .collect();
    stats
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_split_at_numbering() {
        let steps = split_steps(
            "1.受理：您到1号窗口提交申请材料，窗口当场受理；2.审核：审核申请材料；3.决定：作出办理决定；4.送达：告知您办理结果。",
        );
        assert_eq!(steps.len(), 4);
        assert_eq!(steps[0].0.as_deref(), Some("受理"));
        assert_eq!(steps[0].1, "您到1号窗口提交申请材料，窗口当场受理");
        assert_eq!(steps[3].1, "告知您办理结果");
        let plain = split_steps("先交材料；再等通知");
        assert_eq!(
            plain,
            [(None, "先交材料".into()), (None, "再等通知".into())]
        );
        // Numbers inside a step ("1号窗口", "1.5倍") do not cut it.
        let one = split_steps("1.提交材料到1号窗口；2.领取1.5倍补贴");
        assert_eq!(one.len(), 2, "{one:?}");
    }
}
