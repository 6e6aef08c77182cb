#!/usr/bin/env python3
"""Fits the bundled confidence model and measures it by cross-validation over documents.

usage: fit_confidence.py [--jar target/report-workbench.jar] [--lambda L (default 1)] [--write] [--dump CV.jsonl]
                         GOLD.jsonl:TEXTDIR[,TEXTDIR] ...

For each gold file, runs `extract --evidence` on its documents (found in TEXTDIR), judges every
prediction as the scorer does (confidence_eval.judge), then
  - leave-one-document-out: the model is fitted (by the jar's own `calibrate --examples`) on the other
    documents and scores the left-out one; the pooled scores give the error share among the 20% least
    confident, the calibration table and ECE;
  - with --write, fits on everything and writes assets/confidence_model.tsv.
The bundled model: seeds.jsonl:seeds, src/tools/devgold/devgold.jsonl and src/tools/calibgold/calib.jsonl (reports
the rules were not tuned on), both with TEXTDIR provinces-2026,national-1954-1999 of /work/shared/corpus.
Held-out reports (2026_hebei, 2026_xizang, 2026_henan, national_1985, national_1987) are refused.
"""
import json
import math
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import confidence_eval as ce  # noqa: E402

HELD_OUT = ("2026_hebei", "2026_xizang", "2026_henan", "national_1985", "national_1987")


def run(cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def find(textdirs, doc):
    """The document's file in one of the comma-separated folders."""
    for d in textdirs.split(","):
        if os.path.exists(os.path.join(d, doc)):
            return os.path.join(d, doc)
    sys.exit(f"{doc} not found in {textdirs}")


def model_of(tsv):
    w = {}
    for line in tsv.splitlines():
        if line.strip() and not line.startswith("#"):
            k, v = line.split("\t")[:2]
            w[k] = float(v)
    return w


def score(w, evidence):
    z = w.get("(bias)", 0.0)
    for part in (evidence or "").split(","):
        if "=" in part:
            k, v = part.split("=", 1)
            z += w.get(k, 0.0) * float(v)
    return 1 / (1 + math.exp(-z))


def fit(jar, examples, lam, tmp):
    path = os.path.join(tmp, "train.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for e in examples:
            f.write(json.dumps({"evidence": e["evidence"], "right": e["right"]}) + "\n")
    return run(["java", "-jar", jar, "calibrate", "--examples", path, "--lambda", str(lam)])


def main(argv):
    jar, lam, write, dump, pairs = "target/report-workbench.jar", 1.0, False, None, []
    it = iter(argv)
    for a in it:
        if a == "--jar":
            jar = next(it)
        elif a == "--lambda":
            lam = float(next(it))
        elif a == "--dump":
            dump = next(it)
        elif a == "--write":
            write = True
        else:
            pairs.append(a.split(":", 1))
    if not pairs:
        sys.exit(__doc__)
    judged = []
    with tempfile.TemporaryDirectory() as tmp:
        for gold, textdir in pairs:
            docs = sorted({json.loads(l)["doc"].rsplit("/", 1)[-1] for l in open(gold, encoding="utf-8") if l.strip()})
            if any(h in d for d in docs for h in HELD_OUT):
                sys.exit("held-out report in " + gold)
            pred = os.path.join(tmp, "pred.jsonl")
            with open(pred, "w", encoding="utf-8") as f:
                f.write(run(["java", "-jar", jar, "extract", "--evidence"] + [find(textdir, d) for d in docs]))
            for j in ce.judge(gold, pred):
                j["gold"] = os.path.basename(gold)
                judged.append(j)
        docs = sorted({j["doc"] for j in judged})
        for d in docs:
            model = model_of(fit(jar, [j for j in judged if j["doc"] != d], lam, tmp))
            for j in judged:
                if j["doc"] == d:
                    j["confidence"] = score(model, j["evidence"])
        if dump:
            with open(dump, "w", encoding="utf-8") as f:
                for j in judged:
                    f.write(json.dumps(j, ensure_ascii=False) + "\n")
        result = ce.evaluate(judged)
        result["lambda"] = lam
        result["documents"] = len(docs)
        print(json.dumps(result, ensure_ascii=False))
        for g in sorted({j["gold"] for j in judged}):
            sub = ce.evaluate([j for j in judged if j["gold"] == g])
            print(f"  {g} alone (scores from the same folds): n={sub['predictions']} errors={sub['errors']} "
                  f"caught in its least confident 20%={sub['errors_caught']} share={sub['error_share_in_least_confident_20pct']} "
                  f"ece={sub['ece']}", file=sys.stderr)
        for d in docs:
            sub = ce.evaluate([j for j in judged if j["doc"] == d])
            print(f"  {d}: n={sub['predictions']} errors={sub['errors']} caught_in_own_20pct={sub['errors_caught']}", file=sys.stderr)
        if write:
            tsv = fit(jar, judged, lam, tmp)
            header = ("# Weights of the confidence model (a logistic regression, see README \"Confidence\"). feature <TAB> weight\n"
                      f"# Fitted by src/tools/confidence/fit_confidence.py (lambda {lam}) on {len(judged)} judged predictions of "
                      f"{len(docs)} annotated documents ({sum(1 for j in judged if not j['right'])} wrong);\n"
                      "# refitted per store by `calibrate` on the analysts' own decisions.\n")
            with open(os.path.join(HERE, "..", "..", "..", "assets", "confidence_model.tsv"), "w", encoding="utf-8") as f:
                f.write(header + tsv)


if __name__ == "__main__":
    main(sys.argv[1:])
