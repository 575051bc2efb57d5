// svcat serve's page: gathers the dropped or chosen files (with their folder), uploads them to
// /api/upload and opens the result; filters the findings table. Plain script, no libraries.
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
  chosen.files = out;
  refresh();
}

async function upload() {
  // The server's caps, said before sending anything (it refuses with 413 all the same).
  const limits = document.getElementById("upload").dataset;
  const all = chosen.files.concat(chosen.upper);
  const total = all.reduce((n, f) => n + f.file.size, 0);
  if (total > Number(limits.maxBytes)) {
    status("上传的文件太大：一次最多 " + limits.maxMb + " MB。请分几次上传，或只选要检查的部门表格。", true);
    return;
  }
  if (all.length > Number(limits.maxFiles)) {
    status("上传的文件太多：一次最多 " + limits.maxFiles + " 个。请分几次上传。", true);
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
    const error = body && body.error;
    let text = error ? error.message + (error.help ? "　怎么办：" + error.help : "") : "检查失败（" + response.status + "）";
    if (body && body.unreadable && body.unreadable.length) {
      text += "　" + body.unreadable.map((e) => e.message).join("；");
    }
    status(text, true);
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

document.addEventListener("DOMContentLoaded", () => {
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
