#!/usr/bin/env python3
"""Counts unit families per indicator over `extract` output (JSONL with --evidence not needed).

usage: unit_counts.py PRED.jsonl... > assets/confidence_unit_counts.tsv
The family is read the way UnitTable does it only roughly (multipliers stripped); the Java side keys
by UnitTable.family(), so this script asks the jar for the families instead: pass lines made by
`extract --evidence`, whose "family" is not printed -- hence the jar's `unit-families` is not needed:
we strip multipliers like score_figures.unit_family and map the few families UnitTable merges.
"""
import json
import sys
from collections import Counter

HELD_OUT = ("2026_hebei", "2026_xizang", "2026_henan", "national_1985", "national_1987")

counts = Counter()
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            fig = json.loads(line)
            if any(h in fig["doc"] for h in HELD_OUT):
                sys.exit("held-out report in the input: " + fig["doc"])
            counts[(fig.get("indicator") or "-", fig["family"])] += 1
print("# How often each unit family goes with each indicator (\"-\" = no core indicator), counted over the")
print("# extractor's output on the development corpus (held-out reports excluded). indicator <TAB> family <TAB> count")
print("# Regenerate with src/tools/confidence/unit_counts.py; the confidence reads a rare pair as doubtful (unit_rare).")
for (ind, fam), n in sorted(counts.items()):
    print(f"{ind}\t{fam}\t{n}")
