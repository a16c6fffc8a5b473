"""Candidate-pair generation at scale: newstrace's `ReuseIndex` next to datasketch's MinHashLSH.

For each corpus size, a synthetic corpus with planted reuse (bench/gen_corpus.py: republications, partial
copies, rewrites) is written once, then each implementation runs in its own process on the same texts, so
that peak memory is its own. Both start from the text and hash the same word 5-shingles with the same code
(`newstrace.link.tokens`); datasketch then builds a 64-permutation MinHash per document and a MinHashLSH
with the same banding (16 bands of 4 rows), inserts every document and queries every document. newstrace
builds one-permutation MinHash signatures with the same banding plus its rare-shingle postings, with the
time window on. Timings are the best of `--repeat` runs (3) at every size, as the machine may be shared.

Printed per size and implementation: wall and CPU seconds, documents per second (wall), candidate pairs,
recall of planted pairs per kind, peak resident memory (and its growth over the process after loading the
texts). Ratio = newstrace docs/s / datasketch docs/s. "newstrace LSH" is newstrace's near-duplicate index
alone, the like-for-like recall of datasketch's. Then: the time to add the last 1% of a corpus to an index
of the rest kept in a SQLite store, and the growth exponents of CPU time and memory between sizes.

    python bench/bench_candidates.py --sizes 1000 10000 100000 --work /tmp/bench_candidates
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import resource
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

BANDS, ROWS = 16, 4


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def write_corpus(n: int, directory: Path) -> None:
    from gen_corpus import generate

    from newstrace.link.credit import day_number

    docs, truth = generate(n)
    directory.mkdir(parents=True, exist_ok=True)
    with (directory / "texts.jsonl").open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps([d.article.id, day_number(d.article.published), d.article.text]) + "\n")
    edges = [(e["derived"], e["source"], e["kind"]) for e in truth["edges"]]
    (directory / "edges.json").write_text(json.dumps(edges), encoding="utf-8")


def load_texts(directory: Path) -> tuple[list[str], list[int | None], list[str]]:
    rows = [json.loads(line) for line in (directory / "texts.jsonl").read_text(encoding="utf-8").splitlines()]
    return [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]


def run_newstrace(ids: list[str], days: list[int | None], texts: list[str]) -> dict[str, list[list[str]]]:
    from newstrace.link.candidates import ReuseIndex

    index = ReuseIndex()
    pairs = index.add(ids, texts, days)
    lsh = [[index.ids[a], index.ids[b]] for a, b in index.similar_pairs().tolist()]
    return {"newstrace": [list(p) for p in pairs], "newstrace LSH": lsh}


def incremental(ids: list[str], days: list[int | None], texts: list[str], store_dir: Path) -> dict[str, float]:
    """Seconds to add the last 1% of the documents to an index of the rest kept in a SQLite store (read the
    rows, hash the new documents, list their pairs, write their rows), and whether all pairs then equal
    those of the index built at once."""
    from newstrace.link.candidates import ReuseIndex
    from newstrace.store import Store

    cut = len(ids) - max(1, len(ids) // 100)
    old = ReuseIndex()
    old.add(ids[:cut], texts[:cut], days[:cut])
    shutil.rmtree(store_dir, ignore_errors=True)
    store = Store(store_dir / "bench.db")
    store.candidate_rows(old.settings.key)
    store.save_candidate_rows(old.rows())
    store.close()
    t0 = time.perf_counter()
    store = Store(store_dir / "bench.db")
    index = ReuseIndex.from_rows(store.candidate_rows(old.settings.key))
    index.add(ids[cut:], texts[cut:], days[cut:])
    store.save_candidate_rows(index.rows(cut))
    seconds = time.perf_counter() - t0
    whole = ReuseIndex()
    whole.add(ids, texts, days)
    same = {(index.ids[a], index.ids[b]) for a, b in index.pairs().tolist()} == {
        (whole.ids[a], whole.ids[b]) for a, b in whole.pairs().tolist()}
    shutil.rmtree(store_dir, ignore_errors=True)
    return {"seconds": seconds, "same": float(same)}


def run_datasketch(ids: list[str], days: list[int | None], texts: list[str]) -> dict[str, list[list[str]]]:
    import numpy as np
    from datasketch import MinHash, MinHashLSH

    from newstrace.link.tokens import shingles_many, word_hashes

    lsh = MinHashLSH(num_perm=BANDS * ROWS, params=(BANDS, ROWS))
    hashes: list = []
    for lo in range(0, len(texts), 2000):
        grams, owner = shingles_many(*word_hashes(texts[lo:lo + 2000]), 5)
        grams = grams & np.uint64(0xFFFFFFFF)  # datasketch takes 32-bit hash values
        cuts = np.searchsorted(owner, np.arange(1, min(2000, len(texts) - lo)))
        hashes.extend(MinHash.bulk(np.split(grams, cuts), num_perm=BANDS * ROWS, hashfunc=int))
    with lsh.insertion_session() as session:
        for doc_id, m in zip(ids, hashes, strict=True):
            session.insert(doc_id, m)
    pairs = {tuple(sorted((doc_id, other))) for doc_id, m in zip(ids, hashes, strict=True)
             for other in lsh.query(m) if other != doc_id}
    return {"datasketch": [list(p) for p in pairs]}


def worker(which: str, directory: Path, repeat: int) -> None:
    ids, days, texts = load_texts(directory)
    impl = run_newstrace if which == "newstrace" else run_datasketch
    impl(ids[:50], days[:50], texts[:50])  # imports and first-call set-up outside the timing
    base = rss_mib()
    seconds = cpu = float("inf")
    for _ in range(repeat):
        results: dict[str, list[list[str]]] = {}  # the last run's pairs must not count in this run's peak
        t0, c0 = time.perf_counter(), time.process_time()
        results = impl(ids, days, texts)
        seconds = min(seconds, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    out = {"seconds": seconds, "cpu": cpu, "peak_mib": peak_mib(), "base_mib": base, "results": results}
    if which == "newstrace":
        out["incremental"] = incremental(ids, days, texts, directory / "store")
    print(json.dumps(out))


def recall(pairs: list[list[str]], edges: list[list[str]]) -> dict[str, tuple[int, int]]:
    found = {tuple(sorted(p)) for p in pairs}
    hit: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for derived, source, kind in edges:
        total[kind] += 1
        hit[kind] += tuple(sorted((derived, source))) in found
    return {k: (hit[k], total[k]) for k in sorted(total)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--work", type=Path, default=Path("/tmp/bench_candidates"))
    ap.add_argument("--repeat", type=int, default=3, help="timed runs per size and implementation (best kept)")
    ap.add_argument("--worker", choices=("newstrace", "datasketch"), help=argparse.SUPPRESS)
    ap.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args.worker, args.corpus, args.repeat)
        return
    print(f"{'docs':>7} {'implementation':<15} {'seconds':>8} {'cpu s':>8} {'docs/s':>8} {'ratio':>6} {'pairs':>8} "
          f"{'recall all':>10} {'repub':>6} {'partial':>7} {'rewrite':>7} {'peak MiB':>8} {'+MiB':>6}")
    timings: dict[str, list[tuple[int, float, float]]] = {}
    notes = []
    for n in args.sizes:
        directory = args.work / f"n{n}"
        if not (directory / "edges.json").exists():
            write_corpus(n, directory)
        edges = json.loads((directory / "edges.json").read_text(encoding="utf-8"))
        rows = {}
        for which in ("datasketch", "newstrace"):
            out = subprocess.run([sys.executable, __file__, "--worker", which, "--corpus", str(directory),
                                  "--repeat", str(args.repeat)],
                                 check=True, capture_output=True, text=True).stdout
            rows[which] = json.loads(out)
            timings.setdefault(which, []).append((n, rows[which]["cpu"], rows[which]["peak_mib"]))
        speed = {k: n / r["seconds"] for k, r in rows.items()}
        for which, r in rows.items():
            for name, pairs in r["results"].items():
                print(_row(n, name, pairs, edges, r if name == which else None,
                           speed[which], speed[which] / speed["datasketch"]), flush=True)
        inc = rows["newstrace"]["incremental"]
        notes.append(f"{n:>7} docs: adding the last {max(1, n // 100)} to a stored index of the rest took "
                     f"{inc['seconds']:.2f} s (full build {rows['newstrace']['seconds']:.2f} s); "
                     f"pairs equal to a full build: {bool(inc['same'])}")
    print("\nIncremental (newstrace, SQLite store):")
    print("\n".join(notes))
    print("\nGrowth: exponent k in CPU time ~ n^k and peak memory ~ n^k between consecutive sizes (1.0 = linear;"
          " CPU time, since wall time on a shared machine includes waiting for other jobs)")
    for which, ts in timings.items():
        steps = [f"{n0}->{n1}: time {math.log(t1 / t0) / math.log(n1 / n0):.2f}, "
                 f"memory {math.log(m1 / m0) / math.log(n1 / n0):.2f}"
                 for (n0, t0, m0), (n1, t1, m1) in itertools.pairwise(ts)]
        print(f"  {which:<11} " + ("; ".join(steps) or "(one size)"))


def _row(n: int, name: str, pairs: list[list[str]], edges: list[list[str]], timed: dict | None, speed: float,
         ratio: float) -> str:
    rec = recall(pairs, edges)
    hits, total = sum(h for h, _ in rec.values()), sum(t for _, t in rec.values())
    kinds = [f"{rec[k][0] / rec[k][1]:.3f}" if k in rec else "-" for k in ("republication", "partial", "rewrite")]
    if timed is None:
        cells = f"{'':>8} {'':>8} {'':>8} {'':>6}"
        memory = f"{'':>8} {'':>6}"
    else:
        cells = f"{timed['seconds']:>8.2f} {timed['cpu']:>8.2f} {speed:>8.0f} {ratio:>6.2f}"
        memory = f"{timed['peak_mib']:>8.0f} {timed['peak_mib'] - timed['base_mib']:>6.0f}"
    return (f"{n:>7} {name:<15} {cells} {len(pairs):>8} {hits / max(total, 1):>10.3f} {kinds[0]:>6} "
            f"{kinds[1]:>7} {kinds[2]:>7} {memory}")


if __name__ == "__main__":
    main()
