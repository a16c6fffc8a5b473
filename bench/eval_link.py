"""Who-copied-whom and story grouping on a synthetic corpus with planted reuse (bench/gen_corpus.py).

Runs the link stage (`find_derivations`, `group_stories`) directly on Documents with empty annotations
and prints, in one run: precision / recall / F1 of planted edges per kind (a predicted edge matches a
planted one when it joins the same two documents), direction accuracy where the planted dates differ
(and where they do not), kind accuracy, each document's relation and origin against the copy desk's
reading (partial copies left out), and pairwise precision / recall / F1 of stories and threads.

    python bench/eval_link.py --n 1000          # generate N documents in memory
    python bench/eval_link.py --dir DIR         # read DIR/documents.jsonl + DIR/truth.json
    python bench/eval_link.py --dir DIR --incremental 0.1   # link 90% first, then add every 10th document
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_corpus import generate

from newstrace.link.candidates import ReuseIndex
from newstrace.link.derive import find_derivations
from newstrace.link.stories import group_stories
from newstrace.models import Derivation, Document, Relation, from_dict

COPY_KINDS = {"republication": "republication", "partial": "republication", "rewrite": "rewrite"}


def load(directory: Path) -> tuple[list[Document], dict]:
    docs = [from_dict(Document, json.loads(line))
            for line in (directory / "documents.jsonl").read_text(encoding="utf-8").splitlines() if line]
    return docs, json.loads((directory / "truth.json").read_text(encoding="utf-8"))


def prf(hit: int, predicted: int, planted: int) -> tuple[float, float, float]:
    p = hit / predicted if predicted else 1.0
    r = hit / planted if planted else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def pair_scores(pred: list[list[str]], gold: list[list[str]]) -> tuple[float, float, float]:
    """Pairwise precision / recall / F1 of two partitions, counted without listing the pairs."""
    label = {d: i for i, g in enumerate(gold) for d in g}
    same_pred = sum(len(g) * (len(g) - 1) // 2 for g in pred)
    same_gold = sum(len(g) * (len(g) - 1) // 2 for g in gold)
    hit = 0
    for g in pred:
        counts = Counter(label.get(d, -1 - i) for i, d in enumerate(g))
        hit += sum(c * (c - 1) // 2 for c in counts.values())
    return prf(hit, same_pred, same_gold)


def run_link(docs: list[Document], incremental: float) -> tuple[list[Derivation], dict[str, Relation],
                                                                 dict[str, str | None], list[list[str]],
                                                                 list[list[str]]]:
    """The link stage on all documents at once, or (with `incremental` > 0) first on the others and then
    with that share of the documents (every k-th) added to the earlier run."""
    if incremental <= 0:
        t0 = time.perf_counter()
        derivations, relations, origins = find_derivations(docs)
        t1 = time.perf_counter()
        stories, threads = group_stories(docs, derivations)
        print(f"time: derivations {t1 - t0:.1f}s, stories {time.perf_counter() - t1:.1f}s")
        return derivations, relations, origins, stories, threads
    step = max(1, round(1 / incremental))
    first = [d for i, d in enumerate(docs) if i % step]
    index = ReuseIndex()
    t0 = time.perf_counter()
    before, _, _ = find_derivations(first, index)
    groups = group_stories(first, before)
    t1 = time.perf_counter()
    derivations, relations, origins = find_derivations(docs, index, before)
    t2 = time.perf_counter()
    stories, threads = group_stories(docs, derivations, groups)
    t3 = time.perf_counter()
    print(f"time: first run on {len(first)} documents {t1 - t0:.1f}s; adding {len(docs) - len(first)}: "
          f"derivations {t2 - t1:.1f}s, stories {t3 - t2:.1f}s")
    return derivations, relations, origins, stories, threads


def evaluate(docs: list[Document], truth: dict, incremental: float = 0.0) -> None:
    derivations, relations, origins, stories, threads = run_link(docs, incremental)
    planted = {frozenset((e["derived"], e["source"])): e for e in truth["edges"]}
    predicted = {frozenset((d.derived, d.source)): d for d in derivations}
    print(f"documents: {len(docs)}; planted edges: {len(planted)}; predicted edges: {len(predicted)}; peak memory "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    print("kind            planted  found  recall  found with that kind")
    for kind in ("republication", "partial", "rewrite"):
        keys = [k for k, e in planted.items() if e["kind"] == kind]
        found = sum(k in predicted for k in keys)
        same = sum(k in predicted and predicted[k].kind == COPY_KINDS[kind] for k in keys)
        print(f"{kind:15s} {len(keys):7d} {found:6d}  {found / max(len(keys), 1):.3f}  {same / max(len(keys), 1):.3f}")
    print("predicted kind  predicted  on a planted pair  precision  same kind as planted")
    for kind in ("republication", "rewrite"):
        keys = [k for k, d in predicted.items() if d.kind == kind]
        ok = sum(k in planted for k in keys)
        same = sum(k in planted and COPY_KINDS[planted[k]["kind"]] == kind for k in keys)
        print(f"{kind:15s} {len(keys):9d} {ok:17d}  {ok / max(len(keys), 1):9.3f}  {same / max(ok, 1):.3f}")
    for label, group in (("republication+partial", ("republication", "partial")), ("rewrite", ("rewrite",))):
        gold = {k for k, e in planted.items() if e["kind"] in group}
        pred = {k for k, d in predicted.items() if d.kind == COPY_KINDS[group[0]]}
        p = len(pred & set(planted)) / max(len(pred), 1)
        r = len(gold & set(predicted)) / max(len(gold), 1)
        print(f"P/R/F1 {label}: P={p:.3f} R={r:.3f} F1={2 * p * r / max(p + r, 1e-9):.3f}")
    p, r, f = prf(len(set(planted) & set(predicted)), len(predicted), len(planted))
    print(f"P/R/F1 all edges: P={p:.3f} R={r:.3f} F1={f:.3f}")
    for same_day in (False, True):
        keys = [k for k, e in planted.items() if e["same_day"] == same_day and k in predicted]
        directed = [k for k in keys if predicted[k].directed]
        right = sum(predicted[k].derived == planted[k]["derived"] for k in directed)
        label = "same day" if same_day else "dates differ"
        print(f"direction ({label}): {right}/{len(directed)} = {right / max(len(directed), 1):.3f}; "
              f"{len(keys) - len(directed)} found with direction unknown")
    expected = truth.get("relations", {})
    if expected:
        rel_ok = Counter(e["relation"] for i, e in expected.items() if relations.get(i) == e["relation"])
        rel_all = Counter(e["relation"] for e in expected.values())
        both = sum(relations.get(i) == e["relation"] and origins.get(i) == e["origin"] for i, e in expected.items())
        print(f"relation and origin right: {both}/{len(expected)} = {both / len(expected):.3f}; relation by kind: "
              + ", ".join(f"{k} {rel_ok[k]}/{n}" for k, n in sorted(rel_all.items())))
        unknown = sum(relations.get(i) == "unknown" for i in expected)
        print(f"relation unknown (nothing tells): {unknown}")
    for name, groups, gold_groups in (("stories", stories, truth["stories"]), ("threads", threads, truth["threads"])):
        p, r, f = pair_scores(groups, gold_groups)
        print(f"{name}: P={p:.3f} R={r:.3f} F1={f:.3f} ({len(groups)} predicted, {len(gold_groups)} planted)")
    for d in [d for k, d in predicted.items() if k not in planted][:3]:
        print("false edge:", d.derived, d.source, d.kind, d.evidence.summary)
    for e in [e for k, e in planted.items() if k not in predicted][:3]:
        print("missed edge:", e)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--dir", type=Path, default=None, help="a folder written by gen_corpus.py")
    ap.add_argument("--incremental", type=float, default=0.0,
                    help="link all but this share of the documents first, then add the rest to that run")
    args = ap.parse_args()
    docs, truth = load(args.dir) if args.dir else generate(args.n, args.seed)
    evaluate(docs, truth, args.incremental)


if __name__ == "__main__":
    main()
