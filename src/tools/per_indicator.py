#!/usr/bin/env python3
"""Per-indicator accuracy table, with the scorer's own matching (score_figures.py).

usage: per_indicator.py GOLD.jsonl PRED.jsonl [--errors]

For every gold indicator id: how many matched non-optional gold figures carry it, how many of those
the prediction labels with the same id, and what it predicted instead. A last block counts predicted
ids on matched gold figures that have no id (false indicator labels), which the scorer does not count.
"""
import os
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec")))
from score_figures import load, inside, match  # noqa: E402


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    show_errors = "--errors" in argv
    (gold, ranges), (pred, _) = load(args[0]), load(args[1])
    total, ok, wrong_as = Counter(), Counter(), defaultdict(Counter)
    spurious, missed, errors = Counter(), Counter(), []
    for doc in sorted(set(gold) | set(ranges)):
        golds = [g for g in gold.get(doc, []) if inside(g, ranges.get(doc))]
        preds = [p for p in pred.get(doc, []) if inside(p, ranges.get(doc))]
        pairs, used_g, _ = match(golds, preds)
        for g, p in pairs:
            if g.get("optional"):
                continue
            gi, pi = g.get("indicator") or "", p.get("indicator") or ""
            if gi:
                total[gi] += 1
                if gi == pi:
                    ok[gi] += 1
                else:
                    wrong_as[gi][pi or "-"] += 1
                    errors.append((doc, g, pi))
            elif pi:
                spurious[pi] += 1
                errors.append((doc, g, pi))
        for i, g in enumerate(golds):
            if i not in used_g and not g.get("optional") and g.get("indicator"):
                missed[g["indicator"]] += 1
    print(f"{'indicator':24} {'n':>4} {'ok':>4} {'acc':>6} {'unmatched':>9}  predicted instead")
    for ind in sorted(total, key=lambda k: (-total[k], k)):
        acc = ok[ind] / total[ind]
        inst = ", ".join(f"{k}×{v}" for k, v in wrong_as[ind].most_common())
        print(f"{ind:24} {total[ind]:4d} {ok[ind]:4d} {acc:6.3f} {missed[ind]:9d}  {inst}")
    n, k = sum(total.values()), sum(ok.values())
    print(f"{'ALL':24} {n:4d} {k:4d} {k / n if n else 0:6.3f} {sum(missed.values()):9d}")
    if spurious:
        print("ids predicted on gold figures without an id (not scored): "
              + ", ".join(f"{k}×{v}" for k, v in spurious.most_common()))
    if show_errors:
        for doc, g, pi in errors:
            print(f"ERR {doc} {g['start']}-{g['end']} {g['text']!r} gold={g.get('indicator') or '-'} "
                  f"pred={pi or '-'} ({g.get('indicator_text', '')})")


if __name__ == "__main__":
    main(sys.argv[1:])
