#!/usr/bin/env python3
"""Feeds svcat damaged copies of real spreadsheets and reports any it crashes or hangs on.

    cargo build --release
    python3 scripts/fuzz_inputs.py                 # 500 cases of each kind, seed 1
    python3 scripts/fuzz_inputs.py --cases 5000 --seed 7 --kinds bytes
    python3 scripts/fuzz_inputs.py --commands import check export guide

Two kinds of damage, on every spreadsheet under tests/fixtures/ and catalogs/sample-town/:
- bytes: bytes flipped, zeroed, repeated or cut off (any format);
- xml: the XML inside an xlsx or ods changed (numbers, cell references, repeat counts, elements
  repeated or cut) and the package zipped again, which byte damage rarely gets past (the zip's
  checksums refuse it).

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


def run(svcat, command, case, scratch, memory_kb):
    outputs = {
        "import": ["-o", os.path.join(scratch, "out.json")],
        "check": ["--format", "json", "-o", os.path.join(scratch, "report.json")],
        "export": ["--to", "xlsx", "-o", os.path.join(scratch, "export.xlsx")],
        "guide": ["-o", os.path.join(scratch, "guide")],
        "lists": ["-o", os.path.join(scratch, "lists")],
        "stats": ["--format", "json", "-o", os.path.join(scratch, "stats.json")],
        "diff": [os.path.join(ROOT, "catalogs/sample-town"), "--format", "json",
                 "-o", os.path.join(scratch, "diff.json")],
    }[command]
    argv = [svcat, command, case, *outputs, "--quiet"]
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


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=500, help="cases of each kind (500)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kinds", nargs="+", default=["bytes", "xml"], choices=["bytes", "xml"])
    parser.add_argument("--commands", nargs="+", default=["import", "check"],
                        choices=["import", "check", "export", "guide", "lists", "stats", "diff"])
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
    found = 0
    for kind in args.kinds:
        for _ in range(args.cases):
            source = rng.choice(packages if kind == "xml" else sources)
            with open(source, "rb") as f:
                original = f.read()
            data = damage_bytes(original, rng) if kind == "bytes" else damage_package(source, rng)
            if data is None:
                continue
            extension = os.path.splitext(source)[1]
            case = os.path.join(scratch, "case" + extension)
            with open(case, "wb") as f:
                f.write(data)
            for command in args.commands:
                what, detail = run(args.svcat, command, case, scratch, args.memory_gb << 20)
                if what:
                    found += 1
                    kept = os.path.join(args.out, f"{what}{found}{extension}")
                    shutil.copy(case, kept)
                    print(f"{what}: {command} on {kind}-damaged {os.path.relpath(source, ROOT)} "
                          f"-> {os.path.relpath(kept, ROOT)} {detail}", flush=True)
    print(f"fuzz: {found} found in {args.cases} cases of each of {', '.join(args.kinds)}")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
