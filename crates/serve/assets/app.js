// svcat serve's page: gathers the dropped or chosen files (with their folder), uploads them to
// /api/upload and opens the result; filters the findings table. The compare and district
// sections upload to their own endpoints and show the summary and downloads in place (every
// value through textContent). Plain script, no libraries.
"use strict";

const chosen = { files: [], upper: [] };

function named(file, path) {
  return { file, name: path || file.webkitRelativePath || file.name };
}

function describe(list) {
  if (list.length === 0) return "尚未选择文件";
  const first = list[0].name;
  const folder = first.includes("/") ? first.split("/")[0] : "";
  const total = list.reduce((n, f) => n + f.file.size, 0);
  const size = total < 102400 ? Math.max(1, Math.round(total / 1024)) + " KB" : (total / 1048576).toFixed(1) + " MB";
  return (folder ? "文件夹“" + folder + "”：" : "") + list.length + " 个文件，共 " + size;
}

function refresh() {
  document.getElementById("chosen").textContent = describe(chosen.files);
  document.getElementById("chosen-upper").textContent =
    chosen.upper.length ? describe(chosen.upper) : "未选择";
  document.getElementById("start").disabled = chosen.files.length === 0;
}

function status(text, bad) {
  const s = document.getElementById("status");
  s.textContent = text;
  s.className = bad ? "bad" : "";
}

// Every file under a dropped entry, with its path from the dropped folder.
async function walk(entry, out) {
  if (entry.isFile) {
    const file = await new Promise((ok, fail) => entry.file(ok, fail));
    out.push(named(file, entry.fullPath.replace(/^\//, "")));
  } else if (entry.isDirectory) {
    const reader = entry.createReader();
    for (;;) {
      const batch = await new Promise((ok, fail) => reader.readEntries(ok, fail));
      if (batch.length === 0) break;
      for (const e of batch) await walk(e, out);
    }
  }
}

async function dropped(event) {
  event.preventDefault();
  document.getElementById("drop").classList.remove("over");
  chosen.files = await gather(event);
  refresh();
}

// The files of a drop, each with its path from the dropped folder.
async function gather(event) {
  const out = [];
  const entries = [];
  for (const item of event.dataTransfer.items) {
    const entry = item.webkitGetAsEntry && item.webkitGetAsEntry();
    if (entry) entries.push(entry);
  }
  if (entries.length) {
    for (const e of entries) await walk(e, out);
  } else {
    for (const f of event.dataTransfer.files) out.push(named(f));
  }
  return out;
}

// The server's caps, said before sending anything (it refuses with 413 all the same): the
// message, or "" when the files fit.
function overCaps(all) {
  const limits = document.getElementById("upload").dataset;
  const total = all.reduce((n, f) => n + f.file.size, 0);
  if (total > Number(limits.maxBytes)) {
    return "上传的文件太大：一次最多 " + limits.maxMb + " MB。请分几次上传，或只选要检查的部门表格。";
  }
  if (all.length > Number(limits.maxFiles)) {
    return "上传的文件太多：一次最多 " + limits.maxFiles + " 个。请分几次上传。";
  }
  return "";
}

// The server's error answer as one line.
function failureText(body, response, what) {
  const error = body && body.error;
  let text = error ? error.message + (error.help ? "　怎么办：" + error.help : "") : what + "失败（" + response.status + "）";
  if (body && body.unreadable && body.unreadable.length) {
    text += "　" + body.unreadable.map((e) => e.message).join("；");
  }
  return text;
}

async function upload() {
  const over = overCaps(chosen.files.concat(chosen.upper));
  if (over) {
    status(over, true);
    return;
  }
  const form = new FormData();
  for (const f of chosen.files) form.append("files", f.file, f.name);
  for (const f of chosen.upper) form.append("upper", f.file, f.name);
  document.getElementById("start").disabled = true;
  status("正在上传并检查，请稍候……");
  try {
    const response = await fetch("/api/upload", { method: "POST", body: form });
    const body = await response.json().catch(() => null);
    if (response.ok && body && body.url) {
      status("检查完成，正在打开结果……");
      window.location.assign(body.url);
      return;
    }
    status(failureText(body, response, "检查"), true);
  } catch (e) {
    status("无法连接 svcat 服务：请确认命令行窗口中的 svcat serve 仍在运行。", true);
  }
  refresh();
}

function filter() {
  const on = new Set([...document.querySelectorAll("input.sev:checked")].map((c) => c.value));
  const rule = document.getElementById("rule").value;
  let shown = 0;
  for (const row of document.querySelectorAll("tr.finding")) {
    const visible = on.has(row.dataset.severity) && (!rule || row.dataset.rule === rule);
    row.hidden = !visible;
    if (visible) shown++;
  }
  for (const body of document.querySelectorAll("tbody.item")) {
    body.hidden = !body.querySelector("tr.finding:not([hidden])");
  }
  for (const section of document.querySelectorAll("section.department")) {
    const n = section.querySelectorAll("tr.finding:not([hidden])").length;
    section.hidden = n === 0;
    section.querySelector(".shown-count").textContent = n;
  }
  document.getElementById("shown").textContent = "显示 " + shown + " 条";
}

// The compare and district sections: each field's files, by field name.
const more = { old: [], new: [], district: [] };

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function refreshMore(section) {
  const fields = section.dataset.fields.split(" ");
  for (const field of fields) {
    section.querySelector('[data-chosen="' + field + '"]').textContent = describe(more[field]);
  }
  section.querySelector("button.start").disabled = fields.some((f) => more[f].length === 0);
}

function moreStatus(section, text, bad) {
  const s = section.querySelector(".status");
  s.textContent = text;
  s.className = "status" + (bad ? " bad" : "");
}

// The counts the human diff ends with, and the 新旧对照表.
function showDiff(outcome, summary) {
  outcome.append(el("p", "versions", "旧版：" + summary.old + "　→　新版：" + summary.new));
  const counts = el("div", "counts");
  for (const [key, label, cls] of [["added", "新增事项"], ["removed", "删除事项"], ["recoded", "重新编码"],
    ["changed", "变更事项"], ["unchanged", "未变"], ["better", "要素更好", "better"], ["worse", "要素更差", "worse"]]) {
    const c = el("div", "count" + (cls ? " " + cls : ""));
    c.append(el("b", "", String(summary[key])), label);
    counts.append(c);
  }
  outcome.append(counts);
}

// The ranking as the command line prints it.
function showDistrict(outcome, summary) {
  outcome.append(el("p", "versions", summary.district + "：" + summary.towns + " 个镇（街道）"));
  outcome.append(el("pre", "ranking", summary.text));
  if (summary.skipped && summary.skipped.length) {
    outcome.append(el("p", "note", "未读取（镇街文件夹之下更深的文件夹中，或不是表格文件）：" + summary.skipped.join("、")));
  }
}

async function submitMore(section) {
  const fields = section.dataset.fields.split(" ");
  const all = fields.flatMap((f) => more[f]);
  const over = overCaps(all);
  if (over) {
    moreStatus(section, over, true);
    return;
  }
  const form = new FormData();
  for (const field of fields) {
    const name = field === "district" ? "files" : field;
    for (const f of more[field]) form.append(name, f.file, f.name);
  }
  const outcome = section.querySelector(".outcome");
  outcome.hidden = true;
  outcome.replaceChildren();
  section.querySelector("button.start").disabled = true;
  moreStatus(section, "正在上传并处理，请稍候……");
  try {
    const response = await fetch(section.dataset.endpoint, { method: "POST", body: form });
    const body = await response.json().catch(() => null);
    if (response.ok && body && body.summary) {
      moreStatus(section, "完成。");
      if (fields.includes("district")) showDistrict(outcome, body.summary);
      else showDiff(outcome, body.summary);
      for (const e of body.summary.unreadable || []) {
        outcome.append(el("div", "failure", e.message + (e.help ? "　怎么办：" + e.help : "")));
      }
      const list = el("ul", "downloads");
      for (const d of body.downloads) {
        const a = el("a", "", d.name);
        a.href = d.url;
        if (d.url.endsWith(".html")) {
          a.target = "_blank";
          a.rel = "noopener";
        } else {
          a.setAttribute("download", "");
        }
        const li = el("li");
        li.append(a, d.url.endsWith(".html") ? "在新窗口中查看区县看板" : "下载");
        list.append(li);
      }
      outcome.append(list, el("p", "note", "结果保留 30 分钟。"));
      outcome.hidden = false;
    } else {
      moreStatus(section, failureText(body, response, "处理"), true);
    }
  } catch (e) {
    moreStatus(section, "无法连接 svcat 服务：请确认命令行窗口中的 svcat serve 仍在运行。", true);
  }
  refreshMore(section);
}

function setUpMore(section) {
  for (const zone of section.querySelectorAll(".drop.side")) {
    const field = zone.dataset.field;
    zone.addEventListener("dragover", (e) => { e.preventDefault(); zone.classList.add("over"); });
    zone.addEventListener("dragleave", () => zone.classList.remove("over"));
    zone.addEventListener("drop", async (e) => {
      e.preventDefault();
      zone.classList.remove("over");
      more[field] = await gather(e);
      refreshMore(section);
    });
  }
  for (const input of section.querySelectorAll("input[data-pick]")) {
    input.addEventListener("change", (e) => {
      more[input.dataset.pick] = [...e.target.files].map((f) => named(f));
      refreshMore(section);
    });
  }
  section.querySelector("button.start").addEventListener("click", () => submitMore(section));
  refreshMore(section);
}

document.addEventListener("DOMContentLoaded", () => {
  for (const section of document.querySelectorAll("section.more")) setUpMore(section);
  const drop = document.getElementById("drop");
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", dropped);
  for (const id of ["pick-folder", "pick-files"]) {
    document.getElementById(id).addEventListener("change", (e) => {
      chosen.files = [...e.target.files].map((f) => named(f));
      refresh();
    });
  }
  for (const id of ["pick-upper", "pick-upper-files"]) {
    document.getElementById(id).addEventListener("change", (e) => {
      chosen.upper = [...e.target.files].map((f) => named(f));
      refresh();
    });
  }
  document.getElementById("start").addEventListener("click", upload);
  if (document.getElementById("rule")) {
    document.getElementById("rule").addEventListener("change", filter);
    for (const c of document.querySelectorAll("input.sev")) c.addEventListener("change", filter);
    filter();
  }
  refresh();
});
