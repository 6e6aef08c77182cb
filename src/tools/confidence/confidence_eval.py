#!/usr/bin/env python3
"""How well `confidence` orders review: GOLD.jsonl PRED.jsonl (figures.md lines; PRED carries confidence).

usage: confidence_eval.py GOLD.jsonl PRED.jsonl [--json] [--labels OUT.jsonl]

Each prediction is judged as shared/spec/score_figures.py judges it, on the documents (and annotated
ranges) of the gold file:
  wrong  - matches no gold figure (a false figure), or matches a non-optional gold figure with a
           different value (base value + unit family), kind, or -- where the gold names one -- indicator;
  right  - matches a non-optional gold figure and all of those agree;
  left out - matches an optional gold figure (counts neither way, as in the scorer).
Prints: the share of all errors among the 20% least confident predictions (ties broken by document
order), a 10-bin calibration table (mean confidence against accuracy) and the expected calibration
error (ECE, bins weighted by size). --labels writes one {"doc","start","end","right","evidence"} line
per judged prediction (for the offline fit).
"""
import importlib.util
import json
import os
import sys

# ../shared beside the clone, as CI has it (src/tools/confidence -> repo -> ..)
SCORER = os.environ.get("SCORE_FIGURES", os.path.normpath(os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "spec", "score_figures.py")))
spec = importlib.util.spec_from_file_location("score_figures", SCORER)
sf = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sf)


def judge(gold_path, pred_path):
    (gold, ranges), (pred, _) = sf.load(gold_path), sf.load(pred_path)
    out = []
    for doc in sorted(set(gold) | set(ranges)):
        golds = [g for g in gold.get(doc, []) if sf.inside(g, ranges.get(doc))]
        preds = [p for p in pred.get(doc, []) if sf.inside(p, ranges.get(doc))]
        pairs, _, _ = sf.match(golds, preds)
        matched = {id(p): g for g, p in pairs}
        for p in preds:
            g = matched.get(id(p))
            if g is None:
                right = False
            elif g.get("optional"):
                continue
            else:
                right = (sf.same_value(g, p) and g.get("kind") == p.get("kind")
                         and (not g.get("indicator") or g["indicator"] == p.get("indicator")))
            out.append({"doc": doc, "start": p["start"], "end": p["end"], "right": right,
                        "confidence": float(p.get("confidence", 1.0)), "evidence": p.get("evidence", ""),
                        "flags": p.get("flags", [])})
    return out


def evaluate(judged, share=0.2, bins=10):
    n = len(judged)
    errors = sum(1 for j in judged if not j["right"])
    order = sorted(range(n), key=lambda i: (judged[i]["confidence"], i))
    k = int(round(share * n))
    caught = sum(1 for i in order[:k] if not judged[i]["right"])
    table, ece = [], 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        members = [j for j in judged if lo <= j["confidence"] < hi or (b == bins - 1 and j["confidence"] == 1.0)]
        if not members:
            table.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": 0})
            continue
        conf = sum(j["confidence"] for j in members) / len(members)
        acc = sum(1 for j in members if j["right"]) / len(members)
        ece += len(members) / n * abs(acc - conf)
        table.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": len(members), "mean_conf": round(conf, 3), "accuracy": round(acc, 3)})
    return {"predictions": n, "errors": errors, "least_confident": k, "errors_caught": caught,
            "error_share_in_least_confident_20pct": round(caught / errors, 4) if errors else None,
            "accuracy": round(1 - errors / n, 4) if n else None, "ece": round(ece, 4), "calibration": table}


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    labels = None
    if "--labels" in argv:
        labels = argv[argv.index("--labels") + 1]
        args = [a for a in args if a != labels]
    if len(args) != 2:
        sys.exit(__doc__)
    judged = judge(args[0], args[1])
    if labels:
        with open(labels, "w", encoding="utf-8") as f:
            for j in judged:
                f.write(json.dumps(j, ensure_ascii=False) + "\n")
    result = evaluate(judged)
    if "--json" in argv:
        print(json.dumps(result, ensure_ascii=False))
        return
    print(f"predictions={result['predictions']} errors={result['errors']} accuracy={result['accuracy']}")
    print(f"errors among the {result['least_confident']} least confident (20%): {result['errors_caught']}"
          f" = {result['error_share_in_least_confident_20pct']}")
    print("bin        n    mean_conf  accuracy")
    for row in result["calibration"]:
        if row["n"]:
            print(f"{row['bin']}  {row['n']:4d}  {row['mean_conf']:.3f}      {row['accuracy']:.3f}")
        else:
            print(f"{row['bin']}     0")
    print(f"ECE={result['ece']}")


if __name__ == "__main__":
    main(sys.argv[1:])
