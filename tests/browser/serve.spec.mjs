// svcat serve in a real browser: Debian's Chromium driven by playwright-core. Run by
// tests/serve.rs (the ignored test `the_page_works_in_chromium`), which starts the server and
// passes, in the environment:
//   SVCAT_URL     the server's address (http://127.0.0.1:PORT/)
//   SVCAT_SAMPLE  the sample town's folder, uploaded as a person picks it
//   SVCAT_REPORT  `svcat check SAMPLE --format json`'s report, for the findings to expect
//   SVCAT_OUT     where the screenshots and the downloaded workbook go
//   SVCAT_NEW     the sample town's 2023 revision, compared with SVCAT_SAMPLE
//   SVCAT_DIFF    `svcat diff SAMPLE NEW --format json`, for the counts to expect
//   SVCAT_DISTRICT the sample district's folder
// Prints one line per check and ends with "N passed, 0 failed"; exits 1 on the first failure.
import { chromium } from "playwright-core";
import { readFileSync, readdirSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const url = process.env.SVCAT_URL;
const sample = process.env.SVCAT_SAMPLE;
const out = process.env.SVCAT_OUT;
const report = JSON.parse(readFileSync(process.env.SVCAT_REPORT, "utf8"));
const diff = JSON.parse(readFileSync(process.env.SVCAT_DIFF, "utf8"));
let passed = 0;

function check(what, ok, detail) {
  if (!ok) {
    console.error(`FAILED: ${what}${detail === undefined ? "" : ": " + detail}`);
    console.log(`${passed} passed, 1 failed`);
    process.exit(1);
  }
  passed++;
  console.log(`ok: ${what}`);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  const context = await browser.newContext({
    acceptDownloads: true,
    locale: "zh-CN",
    viewport: { width: 1360, height: 900 },
  });
  const page = await context.newPage();
  const external = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(url) && !r.url().startsWith("blob:")) external.push(r.url());
  });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });

  await page.goto(url);
  check("the page is in Chinese", (await page.locator("h1").textContent()) === "政务服务事项目录检查");
  check("nothing to check yet", await page.locator("#start").isDisabled());
  await page.screenshot({ path: join(out, "upload.png") });

  // The folder, as a person picks it (the input has webkitdirectory).
  await page.setInputFiles("#pick-folder", sample);
  const chosen = await page.locator("#chosen").textContent();
  check("the chosen folder is named", chosen.startsWith("文件夹“sample-town”："), chosen);
  await page.click("#start");
  await page.waitForURL(/\/r\/[0-9a-f]{32}$/, { timeout: 60000 });

  const summary = report.summary;
  const counts = await page.locator(".count b").allTextContents();
  check(
    "the summary counts are the report's",
    counts.join(",") === [summary.files, summary.items, summary.errors, summary.warnings, summary.infos].join(","),
    counts.join(","),
  );
  check("the reform indicators are shown", (await page.locator("table.indicators").textContent()).includes("即办件占比"));
  const rows = page.locator("tr.finding");
  check("one row per finding", (await rows.count()) === report.findings.length, await rows.count());

  // The planted defects, each at its cell with its message, under its department.
  const planted = (rule, file, cell) =>
    report.findings.find((f) => f.rule === rule && f.file === file && f.cell === cell);
  for (const [rule, file, cell] of [
    ["C001", "01民政办.xlsx", "P10"],
    ["M002", "01民政办.xlsx", "L15"],
    ["G003", "01民政办.xlsx", "M16"],
    ["X004", "01民政办.xlsx", "B17"],
  ]) {
    const f = planted(rule, file, cell);
    check(`the report has ${rule} at ${file}!${cell}`, f !== undefined);
    const row = page.locator(`tr.finding[data-rule="${rule}"]`, { has: page.locator("td.cell b", { hasText: cell }) });
    check(`the table shows ${rule} at ${cell}`, (await row.count()) === 1, await row.count());
    check(`${rule}'s message is shown`, (await row.locator("td.message").textContent()) === f.message);
    check(`${rule}'s advice is shown`, (await row.locator("td.help").textContent()).startsWith(f.help));
    const department = await row.locator("xpath=ancestor::section[contains(@class,'department')]/h3").textContent();
    check(`${rule} is under 青石镇民政办`, department.startsWith("青石镇民政办"), department);
  }
  const c001 = page.locator('tr.finding[data-rule="C001"]');
  check("the cell's text is shown", (await c001.locator("td.text").textContent()) === "30个工作日",
    await c001.locator("td.text").textContent());
  check(
    "the item is named above its findings",
    (await c001.locator("xpath=ancestor::tbody[1]/tr[contains(@class,'item-title')]").textContent())
      .includes("临时救助"),
  );
  await page.screenshot({ path: join(out, "result.png") });
  await page.evaluate(() => document.getElementById("findings").scrollIntoView());
  await page.screenshot({ path: join(out, "findings.png") });
  await page.evaluate(() => window.scrollTo(0, 0));

  // Filters: errors only, then one rule.
  await page.uncheck('input.sev[value="warning"]');
  await page.uncheck('input.sev[value="info"]');
  const visible = () => page.locator("tr.finding:visible").count();
  check("errors only", (await visible()) === summary.errors, await visible());
  await page.selectOption("#rule", "C001");
  check("one rule", (await visible()) === 1, await visible());
  check("departments without a shown finding are hidden",
    (await page.locator("section.department:visible").count()) === 1);
  const heading = await page.locator("section.department:visible h3").textContent();
  check("the department's count is of the findings shown", heading === "青石镇民政办 （1 条）", heading);
  await page.evaluate(() => document.getElementById("findings").scrollIntoView());
  await page.screenshot({ path: join(out, "filtered.png") });
  await page.selectOption("#rule", "");
  await page.check('input.sev[value="warning"]');
  await page.check('input.sev[value="info"]');
  check("all again", (await visible()) === report.findings.length);

  // The annotated workbook, downloaded as a person clicks it.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.click('a[href$="/annotated.xlsx"]'),
  ]);
  check("the download is named 问题标注.xlsx", download.suggestedFilename() === "问题标注.xlsx", download.suggestedFilename());
  await download.saveAs(join(out, "问题标注.xlsx"));
  const bytes = readFileSync(join(out, "问题标注.xlsx"));
  check("the download is a workbook", bytes.subarray(0, 2).toString() === "PK");
  for (const name of ["catalog.xlsx", "lists.zip", "guide.zip", "templates.zip"]) {
    const [d] = await Promise.all([page.waitForEvent("download"), page.click(`a[href$="/${name}"]`)]);
    const path = await d.path();
    check(`${name} downloads`, readFileSync(path).subarray(0, 2).toString() === "PK");
  }

  // Files dropped on the page (loose files: a test cannot drag a folder from the desktop).
  await page.goto(url);
  const dropped = readdirSync(sample)
    .sort()
    .map((name) => ({ name, data: readFileSync(join(sample, name)).toString("base64") }));
  const transfer = await page.evaluateHandle((files) => {
    const dt = new DataTransfer();
    for (const f of files) {
      const bytes = Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name));
    }
    return dt;
  }, dropped);
  await page.dispatchEvent("#drop", "drop", { dataTransfer: transfer });
  const droppedText = await page.locator("#chosen").textContent();
  check("the dropped files are counted", droppedText.startsWith(`${dropped.length} 个文件`), droppedText);
  await page.click("#start");
  await page.waitForURL(/\/r\/[0-9a-f]{32}$/, { timeout: 60000 });
  const again = await page.locator(".count b").allTextContents();
  check(
    "dropped files give the same summary",
    again.join(",") === [summary.files, summary.items, summary.errors, summary.warnings, summary.infos].join(","),
    again.join(","),
  );
  check("their catalog.toml applied", (await page.locator("p.settings").textContent()).includes("（catalog.toml）"));

  // Two revisions compared: the human diff's counts, then the 新旧对照表.
  await page.goto(url);
  check("nothing to compare yet", await page.locator("#compare button.start").isDisabled());
  await page.setInputFiles('#compare input[data-pick="old"][webkitdirectory]', sample);
  check("one revision is not enough", await page.locator("#compare button.start").isDisabled());
  await page.setInputFiles('#compare input[data-pick="new"][webkitdirectory]', process.env.SVCAT_NEW);
  const old = await page.locator('#compare [data-chosen="old"]').textContent();
  check("the old folder is named", old.startsWith("文件夹“sample-town”："), old);
  await page.click("#compare button.start");
  await page.locator("#compare .outcome:not([hidden])").waitFor({ timeout: 60000 });
  const d = diff.summary;
  const diffCounts = await page.locator("#compare .count b").allTextContents();
  check(
    "the diff's counts are the command line's",
    diffCounts.join(",") === [d.added, d.removed, d.recoded, d.changed, d.unchanged, d.better, d.worse].join(","),
    diffCounts.join(","),
  );
  check("the versions are named", (await page.locator("#compare .versions").textContent()).includes(diff.versions.new));
  await page.locator("#compare").scrollIntoViewIfNeeded();
  await page.locator("#compare").screenshot({ path: join(out, "compare.png") });
  const [table] = await Promise.all([page.waitForEvent("download"), page.click('#compare a[href$="/diff.xlsx"]')]);
  check("the workbook is named 新旧对照表.xlsx", table.suggestedFilename() === "新旧对照表.xlsx", table.suggestedFilename());
  await table.saveAs(join(out, "新旧对照表.xlsx"));
  check("the 新旧对照表 is a workbook", readFileSync(join(out, "新旧对照表.xlsx")).subarray(0, 2).toString() === "PK");

  // A district folder: the ranking, the dashboard in a new tab, the zip.
  await page.setInputFiles('#district input[data-pick="district"]', process.env.SVCAT_DISTRICT);
  await page.click("#district button.start");
  await page.locator("#district .outcome:not([hidden])").waitFor({ timeout: 60000 });
  const ranking = await page.locator("#district pre.ranking").textContent();
  check("the ranking is shown", ranking.startsWith("历城区 各镇（街道）政务服务事项目录：4 个"), ranking.slice(0, 80));
  await page.locator("#district").scrollIntoViewIfNeeded();
  await page.locator("#district").screenshot({ path: join(out, "district.png") });
  const [tab] = await Promise.all([context.waitForEvent("page"), page.click('#district a[href$="/dashboard.html"]')]);
  await tab.waitForLoadState();
  check("the dashboard opens", (await tab.locator("h1").textContent()).includes("历城区"));
  await tab.screenshot({ path: join(out, "dashboard.png"), fullPage: false });
  await tab.close();
  const [zip] = await Promise.all([page.waitForEvent("download"), page.click('#district a[href$="/district.zip"]')]);
  check("the zip is named 汇总.zip", zip.suggestedFilename() === "汇总.zip", zip.suggestedFilename());
  check("汇总.zip is a zip", readFileSync(await zip.path()).subarray(0, 2).toString() === "PK");

  check("no script errors", errors.length === 0, errors.join(" | "));

  // A refused upload says why, in Chinese (the browser logs the 400 itself).
  await page.goto(url);
  await page.setInputFiles("#pick-files", { name: "CON.csv", mimeType: "text/csv", buffer: Buffer.from("a,b\n") });
  await page.click("#start");
  await page.locator("#status.bad").waitFor();
  const refused = await page.locator("#status").textContent();
  check("a refused name is explained", refused.includes("上传的文件名“CON.csv”不能使用"), refused);
  await page.screenshot({ path: join(out, "refused.png") });
  // Too large: said before anything is sent.
  const large = join(out, "大.csv");
  writeFileSync(large, Buffer.alloc(51 * 1024 * 1024, 120));
  await page.setInputFiles("#pick-files", large);
  unlinkSync(large);
  await page.click("#start");
  const big = await page.locator("#status").textContent();
  check("a too large upload is refused on the page", big.startsWith("上传的文件太大：一次最多 50 MB"), big);

  check("nothing was fetched from elsewhere", external.length === 0, external.join(" "));
} finally {
  await browser.close();
}
console.log(`${passed} passed, 0 failed`);
