#!/usr/bin/env python3
"""Precision of svcat's error and warning findings on the real catalogs in tests/real.

Each tests/real/NAME/labels.tsv lists every error and warning `svcat check` made on that catalog
when it was reviewed, each marked real or false with a reason. This script runs the release binary
on each catalog again and prints, per catalog and per rule: findings, real, false, precision; and
the findings that are not in the reviewed set (new: review them) or reviewed real ones that are
gone (lost). Exit 1 when a catalog's precision is under 95 %, or anything is new or lost.

    cargo build --release && python3 scripts/precision.py
"""
import collections
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = 0.95


def labels(path):
    file, rows = None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# file:"):
                file = line.split(":", 1)[1].strip()
            if not line or line.startswith("#"):
                continue
            rule, cell, element, verdict, reason = line.split("\t")[:5]
            rows.append(((rule, cell, element), verdict, reason))
    return file, rows


def findings(binary, path):
    out = subprocess.run([binary, "check", path, "--format", "json"], capture_output=True)
    report = json.loads(out.stdout)
    return [
        (f["rule"], f.get("cell") or "-", f.get("element") or "-")
        for f in report["findings"]
        if f["severity"] != "info"
    ]


def main():
    binary = os.path.join(ROOT, "target", "release", "svcat")
    corpus = os.path.join(ROOT, "tests", "real")
    failed = False
    total = collections.Counter()
    print(f"{'catalog':34} {'rule':5} {'findings':>8} {'real':>5} {'false':>5} {'precision':>9}")
    for name in sorted(os.listdir(corpus)):
        label_path = os.path.join(corpus, name, "labels.tsv")
        if not os.path.exists(label_path):
            continue
        file, rows = labels(label_path)
        found = collections.Counter(findings(binary, os.path.join(corpus, name, file)))
        reviewed = collections.Counter(key for key, _, _ in rows)
        new = found - reviewed
        lost = collections.Counter(key for key, verdict, _ in rows if verdict == "real") - found
        per_rule = collections.defaultdict(lambda: [0, 0])
        for key, verdict, _ in rows:
            if found[key]:
                per_rule[key[0]][0 if verdict == "real" else 1] += 1
        real = sum(v[0] for v in per_rule.values())
        false = sum(v[1] for v in per_rule.values())
        for rule in sorted(per_rule):
            r, f = per_rule[rule]
            print(f"{name:34} {rule:5} {r + f:8} {r:5} {f:5} {r / (r + f):9.1%}")
        precision = real / (real + false) if real + false else 1.0
        print(f"{name:34} {'all':5} {real + false:8} {real:5} {false:5} {precision:9.1%}")
        total.update(real=real, false=false)
        for key in new.elements():
            print(f"  new, not reviewed: {key}")
        for key in lost.elements():
            print(f"  lost, reviewed real: {key}")
        failed |= bool(new) or bool(lost) or precision < TARGET
    r, f = total["real"], total["false"]
    print(f"{'all catalogs':34} {'all':5} {r + f:8} {r:5} {f:5} {r / (r + f):9.1%}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
