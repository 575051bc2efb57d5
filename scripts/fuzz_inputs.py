#!/usr/bin/env python3
"""Feeds svcat damaged copies of real spreadsheets and reports any it crashes or hangs on.

    cargo build --release
    python3 scripts/fuzz_inputs.py                 # 500 cases of each kind, seed 1
    python3 scripts/fuzz_inputs.py --cases 5000 --seed 7 --kinds bytes
    python3 scripts/fuzz_inputs.py --commands import check export guide
    python3 scripts/fuzz_inputs.py --kinds toml schema glossary json --commands all --seconds 600

Kinds of damage:
- bytes: bytes flipped, zeroed, repeated or cut off (any format), on every spreadsheet under
  tests/fixtures/ and catalogs/sample-town/;
- xml: the XML inside an xlsx or ods changed (numbers, cell references, repeat counts, elements
  repeated or cut) and the package zipped again, which byte damage rarely gets past (the zip's
  checksums refuse it);
- toml: a damaged or mutated catalog.toml (byte damage, wrong types, huge strings, paths such as
  /dev/zero or ../../etc/passwd in `upper` and `schema`, absurd max_visits, unknown keys) in a copy
  of a small catalog directory, which is then the input;
- schema: a damaged or mutated schemas/national.toml or township.toml (byte damage, truncation,
  random, huge or catastrophic [[code_forms]] patterns, lists emptied or of the wrong type, huge
  repetition) passed with --schema (and to `schema check` and `template`), on catalogs/sample-town;
- glossary: a damaged or mutated schemas/glossary.toml passed to `guide --glossary`;
- json: damaged or mutated canonical JSON (from `svcat import catalogs/sample-town`): bytes, wrong
  types, deep nesting, huge numbers, keys removed.

--commands picks what runs on each case (`all` for every one): import, check (json), check-human,
check-sarif, annotate (check --annotate), export (xlsx), export-csv, guide (html), guide-md, lists,
stats, diff, fix, template and schema (`schema check`; these two only run on schema cases).

Each case runs the chosen svcat commands under a memory limit (ulimit -v, 6 GB by default) and a
time limit (30 s). A case counts as found when svcat exits with anything but 0, 1 or 2, prints a
panic or an allocation failure, or runs out of time; the input is kept in --out (default
fuzz-out/, gitignored) as crashN/hangN with its extension. Exits 1 when it found any.

This found the xls and ods shapes svcat now refuses (tests/fixtures/ingest/bad/looping-chain.xls,
wide-sheet.xls, repeated-rows.ods, unfinished-sheet.ods); tests/damaged_inputs.rs keeps a fixed set
of byte-damaged cases in the test suite.
"""

import argparse
import glob
import io
import os
import random
import re
import shutil
import subprocess
import sys
import time
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXTENSIONS = (".xlsx", ".xls", ".ods", ".csv", ".tsv", ".json")


def originals():
    paths = glob.glob(os.path.join(ROOT, "tests/fixtures/**/*"), recursive=True)
    paths += glob.glob(os.path.join(ROOT, "catalogs/sample-town/*"))
    return sorted(
        p
        for p in paths
        if p.endswith(EXTENSIONS) and os.path.isfile(p) and os.path.getsize(p) < 2_000_000
        and "bomb" not in p
    )


def damage_bytes(data: bytes, rng: random.Random) -> bytes:
    data = bytearray(data)
    at = rng.randrange(len(data) + 1)
    kind = rng.choice(["flip", "cut", "insert", "repeat", "zero"])
    if kind == "flip":
        for _ in range(rng.randint(1, 20)):
            if data:
                data[rng.randrange(len(data))] = rng.randrange(256)
    elif kind == "cut":
        del data[at:]
    elif kind == "insert":
        data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 50)))
    elif kind == "repeat":
        data[at:at] = data[at : at + rng.randint(1, 5000)]
    else:
        data[at : at + rng.randint(1, 200)] = b"\0" * rng.randint(1, 200)
    return bytes(data)


def damage_xml(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 4)):
        kind = rng.choice(["number", "repeat", "cut", "repeats", "reference"])
        if kind == "number":
            numbers = list(re.finditer(r"\d+", text))
            if numbers:
                m = rng.choice(numbers)
                big = rng.choice([0, 1, 65535, 65536, 1048576, 2**31, 2**32 + 5, 10**12])
                text = text[: m.start()] + str(big) + text[m.end() :]
        elif kind == "repeat":
            elements = list(
                re.finditer(
                    r"<(\w+:)?(row|c|table-row|table-cell|si)[ >].*?</(\w+:)?(row|c|table-row|table-cell|si)>",
                    text,
                    re.S,
                )
            )
            if elements:
                m = rng.choice(elements)
                text = text[: m.end()] + m.group(0) * rng.randint(1, 5) + text[m.end() :]
        elif kind == "cut":
            at = rng.randrange(len(text) + 1)
            text = text[:at] + text[at + rng.randint(1, 50) :]
        elif kind == "repeats":
            if rng.random() < 0.5:
                count = rng.choice([2, 1000, 100000, 2**31])
                text = text.replace(
                    "<table:table-row", f'<table:table-row table:number-rows-repeated="{count}"', 1
                )
            else:
                count = rng.choice([2, 1000, 16384, 2**31])
                text = text.replace(
                    "<table:table-cell",
                    f'<table:table-cell table:number-columns-repeated="{count}"',
                    1,
                )
        else:
            text = re.sub(
                r'r="([A-Z]+)(\d+)"',
                lambda m: 'r="%s%s"'
                % (
                    rng.choice([m.group(1), "XFD", "AAAA", ""]),
                    rng.choice([m.group(2), "1048576", "0", "99999999999"]),
                ),
                text,
                count=rng.randint(1, 3),
            )
    return text


def damage_package(path: str, rng: random.Random) -> bytes | None:
    try:
        package = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        return None
    names = package.namelist()
    parts = [
        n
        for n in names
        if n.endswith(".xml") and any(w in n for w in ("sheet", "content", "sharedStrings", "workbook"))
    ]
    if not parts:
        return None
    target = rng.choice(parts)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in names:
            data = package.read(name)
            if name == target:
                data = damage_xml(data.decode("utf-8", "replace"), rng).encode("utf-8")
            z.writestr(name, data)
    return out.getvalue()


CATALOG_DIRS = ("catalogs/sample-town", "tests/fixtures/rules/c008", "tests/fixtures/ingest/dir-catalog")
HOSTILE_PATHS = [
    "/dev/zero", "/dev/urandom", "/dev/full", "/proc/self/environ", "/proc/self/mem", "../../etc/passwd",
    "/etc/passwd", ".", "..", "/", "", "\u0000", "national", "township", "catalog.toml",
    "../sample-town", "a" * 5000, "/nonexistent/x.toml", "C:\\Windows\\win.ini", "NUL", "CON",
]
HOSTILE_REGEXES = [
    "(a+)+$", "(a|a)*b", "((a*)*)*", "(?P<x>.*){1000}", "a{1000}{1000}", "[", "(", "(?P<level>",
    "(?P<basic_code>x)(?P<basic_code>y)", "\\p{Nope}", ".{65535}", "(.*){100}(.*){100}",
    "x" * 200000, "(?P<" + "a" * 5000 + ">.)", "^$", "", "(?i)" + "[a-z]{50}" * 200,
    "\\", "(?P<sub_item>[0-9]{2})", "\u0000", "\ud7ff" * 1000,
]


def toml_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\u0000", "\\u0000") + '"'


def wrong_value(rng):
    return rng.choice([
        "1", "-1", "0", "3.5", "nan", "inf", "true", "[]", "[1, 2]", '["x", 3]', "{}", "{ a = 1 }",
        "1979-05-27T07:32:00Z", str(2**63 - 1), str(-(2**63)), "18446744073709551615", '""',
        toml_string("x" * rng.choice([1, 1000, 100000, 3_000_000])), "[" * 200 + "]" * 200,
        toml_string(rng.choice(HOSTILE_PATHS)), '"""' + "\n" * 10000 + '"""',
    ])


def mutate_catalog_toml(text, rng):
    lines = text.splitlines()
    for _ in range(rng.randint(1, 4)):
        kind = rng.choice(["bytes", "value", "path", "visits", "unknown", "huge", "duplicate", "table"])
        if kind == "bytes":
            return damage_bytes("\n".join(lines).encode("utf-8"), rng).decode("utf-8", "replace")
        keyed = [i for i, line in enumerate(lines) if "=" in line]
        if kind == "value" and keyed:
            i = rng.choice(keyed)
            lines[i] = lines[i].split("=", 1)[0] + "= " + wrong_value(rng)
        elif kind == "path":
            key = rng.choice(["upper", "schema", "upper", "schema", "kind"])
            lines = [l for l in lines if not l.startswith(key)]
            lines.append(f"{key} = {toml_string(rng.choice(HOSTILE_PATHS))}")
        elif kind == "visits":
            lines = [l for l in lines if not l.startswith("max_visits")]
            lines.append("max_visits = " + rng.choice(
                ["0", "-1", "4294967295", "4294967296", str(2**63 - 1), "1e308", "nan", '"一次"', "[1]"]))
        elif kind == "unknown":
            lines.append(rng.choice(["colour", "x", "maxvisits", "[extra]", "[[upper]]"]) + " = 1")
        elif kind == "huge":
            key = rng.choice(["region", "level", "version", "date", "kind", "schema", "upper"])
            lines = [l for l in lines if not l.startswith(key)]
            piece = rng.choice(["镇", "x", "\u0000", "、"]) * rng.choice([100, 100000, 2_000_000])
            lines.append(f"{key} = {toml_string(piece)}")
        elif kind == "duplicate" and lines:
            lines.append(rng.choice(lines))
        elif kind == "table":
            lines.insert(0, rng.choice(["[catalog]", "[[x]]", "a.b.c = 1", "[region]"]))
    return "\n".join(lines) + "\n"


def mutate_schema(text, rng, patterns=True):
    for _ in range(rng.randint(1, 4)):
        kind = rng.choice(["bytes", "cut", "pattern", "pattern", "list", "wrong", "repeat", "number", "drop"])
        if kind == "bytes":
            text = damage_bytes(text.encode("utf-8"), rng).decode("utf-8", "replace")
        elif kind == "cut":
            text = text[: rng.randrange(len(text) + 1)]
        elif kind == "pattern" and patterns:
            matches = list(re.finditer(r"^(pattern\s*=\s*)('[^'\n]*'|\"[^\"\n]*\")", text, re.M))
            if matches:
                m = rng.choice(matches)
                regex = rng.choice(HOSTILE_REGEXES)
                if rng.random() < 0.3:
                    regex = "".join(rng.choice("()[]{}?*+|.^$\\azP<>0-9,") for _ in range(rng.randint(1, 40)))
                text = text[: m.start(2)] + toml_string(regex) + text[m.end(2) :]
        elif kind == "list":
            matches = list(re.finditer(r"^(\w+\s*=\s*)(\[[^\n]*\])\s*$", text, re.M))
            if matches:
                m = rng.choice(matches)
                value = rng.choice(["[]", '""', "1", "{}", "[[]]", "[1, 2]", '["", ""]', "true",
                                    "[" + ", ".join([toml_string("x" * 10)] * 50000) + "]"])
                text = text[: m.start(2)] + value + text[m.end(2) :]
        elif kind == "wrong":
            matches = list(re.finditer(r"^(\w+\s*=\s*)([^\n]+)$", text, re.M))
            if matches:
                m = rng.choice(matches)
                text = text[: m.start(2)] + wrong_value(rng) + text[m.end(2) :]
        elif kind == "repeat":
            tables = list(re.finditer(r"^\[\[\w+\]\][^\[]*", text, re.M))
            if tables:
                m = rng.choice(tables)
                text = text[: m.end()] + m.group(0) * rng.choice([2, 100, 5000]) + text[m.end() :]
        elif kind == "number":
            numbers = list(re.finditer(r"(?<=[=\s\[,])\d+(?=[\s,\]])", text))
            if numbers:
                m = rng.choice(numbers)
                text = text[: m.start()] + rng.choice(["0", "-1", str(2**32), str(2**63 - 1), "1e9"]) + text[m.end() :]
        else:
            lines = text.splitlines()
            if lines:
                del lines[rng.randrange(len(lines))]
            text = "\n".join(lines) + "\n"
    return text


def mutate_json(value, rng, depth=0):
    """A copy of value with one thing changed somewhere inside it."""
    if isinstance(value, dict) and value and rng.random() < 0.8:
        key = rng.choice(list(value))
        value = dict(value)
        choice = rng.random()
        if choice < 0.15:
            del value[key]
        elif choice < 0.2:
            value[rng.choice(["x", key + "_", ""])] = value[key]
        else:
            value[key] = mutate_json(value[key], rng, depth + 1)
        return value
    if isinstance(value, list) and value and rng.random() < 0.8:
        value = list(value)
        i = rng.randrange(len(value))
        choice = rng.random()
        if choice < 0.1:
            del value[i]
        elif choice < 0.2:
            value.extend([value[i]] * rng.choice([2, 100, 20000]))
        else:
            value[i] = mutate_json(value[i], rng, depth + 1)
        return value
    return rng.choice([
        None, True, 0, -1, 2**31, 2**32, 2**53 + 1, 2**64, -(2**63) - 1, 10**400, 1e308, 0.5, "",
        "x" * rng.choice([10, 100000, 5_000_000]), [], {}, [value], {"": value},
        "\u0000\ud7ff\ufffe", "../../etc/passwd", "行政许可", value,
        DeepNest(rng.choice([100, 1000, 100000])),
    ])


class DeepNest:
    def __init__(self, depth):
        self.depth = depth


def dump_json(value):
    import json

    nests = []

    def default(o):
        nests.append(o.depth)
        return f"@@NEST{len(nests) - 1}@@"

    text = json.dumps(value, ensure_ascii=False, default=default)
    for i, depth in enumerate(nests):
        text = text.replace(f'"@@NEST{i}@@"', "[" * depth + "]" * depth)
    return text


def make_case(kind, rng, sources, packages, base_json, scratch):
    """Writes one damaged case; returns (source, input path, extra arguments) or None."""
    if kind in ("bytes", "xml"):
        source = rng.choice(packages if kind == "xml" else sources)
        with open(source, "rb") as f:
            original = f.read()
        data = damage_bytes(original, rng) if kind == "bytes" else damage_package(source, rng)
        if data is None:
            return None
        case = os.path.join(scratch, "case" + os.path.splitext(source)[1])
        with open(case, "wb") as f:
            f.write(data)
        return source, case, {}
    if kind == "toml":
        source = rng.choice(CATALOG_DIRS)
        directory = os.path.join(scratch, "catalog")
        shutil.rmtree(directory, ignore_errors=True)
        shutil.copytree(os.path.join(ROOT, source), directory)
        with open(os.path.join(directory, "catalog.toml"), encoding="utf-8") as f:
            text = mutate_catalog_toml(f.read(), rng)
        with open(os.path.join(directory, "catalog.toml"), "wb") as f:
            f.write(text.encode("utf-8", "surrogatepass"))
        return os.path.join(source, "catalog.toml"), directory, {}
    if kind in ("schema", "glossary"):
        source = rng.choice(["schemas/national.toml", "schemas/township.toml"]) if kind == "schema" \
            else "schemas/glossary.toml"
        with open(os.path.join(ROOT, source), encoding="utf-8") as f:
            text = mutate_schema(f.read(), rng)
        path = os.path.join(scratch, kind + ".toml")
        with open(path, "wb") as f:
            f.write(text.encode("utf-8", "surrogatepass"))
        return source, os.path.join(ROOT, "catalogs/sample-town"), {kind: path}
    # json
    import json

    if rng.random() < 0.3:
        data = damage_bytes(base_json, rng)
    else:
        value = json.loads(base_json)
        for _ in range(rng.randint(1, 3)):
            value = mutate_json(value, rng)
        data = dump_json(value).encode("utf-8", "surrogatepass")
    case = os.path.join(scratch, "case.json")
    with open(case, "wb") as f:
        f.write(data)
    return "import of catalogs/sample-town", case, {}


def run(svcat, command, case, extra, scratch, memory_kb):
    schema = extra.get("schema")
    if command in ("template", "schema") and not schema:
        return "skip", ""
    s = lambda name: os.path.join(scratch, name)
    argv = {
        "import": ["import", case, "-o", s("out.json")],
        "check": ["check", case, "--format", "json", "-o", s("report.json")],
        "check-human": ["check", case, "--format", "human", "--deny", "info", "-v"],
        "check-sarif": ["check", case, "--format", "sarif", "-o", s("report.sarif")],
        "annotate": ["check", case, "-o", s("report.txt"), "--annotate", s("annotated.xlsx")],
        "export": ["export", case, "--to", "xlsx", "-o", s("export.xlsx")],
        "export-csv": ["export", case, "--to", "csv", "-o", s("export-csv")],
        "guide": ["guide", case, "-o", s("guide")],
        "guide-md": ["guide", case, "--format", "md", "-o", s("guide-md")],
        "lists": ["lists", case, "-o", s("lists")],
        "stats": ["stats", case, "--format", "json", "-o", s("stats.json")],
        "diff": ["diff", os.path.join(ROOT, "catalogs/sample-town"), case, "--format", "json",
                 "-o", s("diff.json")],
        "fix": ["fix", case, "-o", s("fixed")],
        "template": ["template", "--schema", schema or "", "-o", s("template.xlsx")],
        "schema": ["schema", "check", schema or ""],
    }[command]
    if schema and command not in ("template", "schema"):
        argv += ["--schema", schema]
    if "glossary" in extra:
        if not command.startswith("guide"):
            return "skip", ""
        argv += ["--glossary", extra["glossary"]]
    for name in ("guide", "guide-md", "lists", "fixed", "export-csv"):
        shutil.rmtree(s(name), ignore_errors=True)
    argv = [svcat, *argv, "--quiet"]
    try:
        done = subprocess.run(
            ["bash", "-c", f'ulimit -v {memory_kb} && exec "$@"', "fuzz", *argv],
            capture_output=True,
            timeout=30,
        )
    except subprocess.TimeoutExpired:
        return "hang", ""
    stderr = done.stderr.decode("utf-8", "replace")
    if done.returncode not in (0, 1, 2) or "panicked" in stderr or "memory allocation" in stderr:
        return "crash", f"exit {done.returncode}: {stderr[-400:]}"
    return None, ""


KINDS = ["bytes", "xml", "toml", "schema", "glossary", "json"]
COMMANDS = ["import", "check", "check-human", "check-sarif", "annotate", "export", "export-csv",
            "guide", "guide-md", "lists", "stats", "diff", "fix", "template", "schema"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=500, help="cases of each kind (500)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kinds", nargs="+", default=["bytes", "xml"], choices=KINDS)
    parser.add_argument("--commands", nargs="+", default=["import", "check"],
                        choices=COMMANDS + ["all"])
    parser.add_argument("--seconds", type=int, default=0,
                        help="stop starting new cases after this many seconds (no limit)")
    parser.add_argument("--svcat", default=os.path.join(ROOT, "target/release/svcat"))
    parser.add_argument("--memory-gb", type=int, default=6)
    parser.add_argument("--out", default=os.path.join(ROOT, "fuzz-out"))
    args = parser.parse_args()
    if not os.path.exists(args.svcat):
        sys.exit(f"fuzz: {args.svcat} not found (cargo build --release)")
    os.makedirs(args.out, exist_ok=True)
    scratch = os.path.join(args.out, "scratch")
    os.makedirs(scratch, exist_ok=True)
    rng = random.Random(args.seed)
    sources = originals()
    packages = [p for p in sources if p.endswith((".xlsx", ".ods"))]
    commands = COMMANDS if "all" in args.commands else args.commands
    base_json = b""
    if "json" in args.kinds:
        base = os.path.join(scratch, "base.json")
        subprocess.run([args.svcat, "import", os.path.join(ROOT, "catalogs/sample-town"), "-o", base,
                        "--quiet"], check=False)
        with open(base, "rb") as f:
            base_json = f.read()
    found = 0
    runs = 0
    deadline = time.monotonic() + args.seconds if args.seconds else None
    cases = 0
    for _ in range(args.cases):
        if deadline and time.monotonic() > deadline:
            break
        cases += 1
        for kind in args.kinds:
            made = make_case(kind, rng, sources, packages, base_json, scratch)
            if made is None:
                continue
            source, case, extra = made
            for command in commands:
                what, detail = run(args.svcat, command, case, extra, scratch, args.memory_gb << 20)
                runs += what != "skip"
                if what in ("crash", "hang"):
                    found += 1
                    kept_from = extra.get("schema") or extra.get("glossary") or case
                    if os.path.isdir(kept_from):
                        kept_from = os.path.join(kept_from, "catalog.toml")
                    kept = os.path.join(args.out, f"{what}{found}-{kind}{os.path.splitext(kept_from)[1]}")
                    shutil.copy(kept_from, kept)
                    print(f"{what}: {command} on {kind}-damaged {source} "
                          f"-> {os.path.relpath(kept, ROOT)} {detail}", flush=True)
    print(f"fuzz: {found} found in {cases} cases of each of {', '.join(args.kinds)} "
          f"({runs} runs of svcat)")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
