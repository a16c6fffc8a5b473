"""`newstrace analyze` and `newstrace serve`."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from newstrace import __version__
from newstrace.languages import language_name, read_as_english


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        print("newstrace: interrupted; run the same command again to resume", file=sys.stderr)
        return 130
    except (RuntimeError, ValueError, OSError) as err:
        print(f"newstrace: error: {err}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newstrace", description=__doc__)
    parser.add_argument("--version", action="version", version=f"newstrace {__version__}")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")
    an = sub.add_parser("analyze", help="analyse news pages and write the analysis JSON")
    an.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders of pages")
    an.add_argument("-o", "--output", type=Path, default=Path("analysis.json"), help="analysis JSON to write")
    an.add_argument("--store", type=Path, help="SQLite store (default: the output path with .db)")
    an.add_argument("--report", type=Path, help="also write a self-contained HTML report here")
    an.add_argument("--engine", choices=["local", "ray"], default="local",
                    help="where the per-page work runs: this process, or Ray Data (default: local)")
    an.add_argument("--fresh", action="store_true",
                    help="drop the store's earlier results; by default a run adds its pages to them (an interrupted "
                         "run resumes, unchanged pages are not done again, pages from earlier runs stay)")
    an.add_argument("--quiet", action="store_true", help="no progress bar or summary")
    an.set_defaults(func=_analyze)
    sv = sub.add_parser("serve", help="browse a store in the local web app")
    sv.add_argument("--store", type=Path, required=True, help="SQLite store written by `newstrace analyze`")
    sv.add_argument("--host", default="127.0.0.1")
    sv.add_argument("--port", type=int, default=8000)
    sv.set_defaults(func=_serve)
    return parser


def _serve(args: argparse.Namespace) -> int:
    if not args.store.is_file():
        print(f"newstrace: error: no store at {args.store}; run `newstrace analyze` first", file=sys.stderr)
        return 2
    from newstrace.outputs.web import serve

    serve(args.store, host=args.host, port=args.port)
    return 0


def _analyze(args: argparse.Namespace) -> int:
    from newstrace.engines import code_fingerprint, run
    from newstrace.outputs import analysis_json
    from newstrace.store import Store

    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        print(f"newstrace: error: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    store_path = args.store or args.output.with_suffix(".db")
    # Checked before the run, which may take hours, rather than when its results are written.
    folders = [str(p) for p in (args.output, args.report, store_path) if p is not None and p.is_dir()]
    if folders:
        print(f"newstrace: error: {', '.join(folders)} is a folder; give a file's path", file=sys.stderr)
        return 2
    store = Store(store_path)
    if args.fresh:  # the results go, not the file: a file that is no store was refused by Store, not deleted
        store.start_over(code_fingerprint())
    if not args.quiet and store.made_by() != code_fingerprint() and store.digests():
        print(f"newstrace: {store_path} was written by another version of newstrace: starting over",
              file=sys.stderr)
    try:
        with _progress(args.quiet) as progress:
            analysis = run(args.paths, store, engine=args.engine, progress=progress)
        data = analysis_json(analysis)
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        if args.report:
            from newstrace.outputs.report import write_report

            write_report(analysis, args.report, raw_page=store.raw_page)
    finally:
        store.close()
    if not args.quiet:
        print(f"{_count(len(data['documents']), 'document')}, {len(data['rejected']):,} rejected -> {args.output}",
              file=sys.stderr)
        for rej in data["rejected"]:
            print(f"  rejected {rej['path']}: {rej['reason']}", file=sys.stderr)
        _note_languages(data["documents"])
    return 0 if data["documents"] or not data["rejected"] else 1


def _note_languages(documents: list[dict[str, Any]]) -> None:
    other = Counter(d["language"] for d in documents if not read_as_english(d["language"]))
    if other:
        counts = ", ".join(f"{language_name(code)} {n:,}" for code, n in sorted(other.items()))
        print(f"  not in English ({counts}): their quotations' speakers are read only where the reporter names "
              "them beside the quotation, and no names or dates were read from them (the language model reads "
              "English)", file=sys.stderr)


class _progress:
    """A rich progress bar on a terminal; when output is piped (a long run's log), a line every half-minute;
    nothing with --quiet. Reading a crawl and linking a large corpus each take minutes, so both show: an
    open-ended bar, as neither knows its end."""

    def __init__(self, quiet: bool, every: float = 30.0) -> None:
        self.quiet = quiet
        self.bar = None if quiet or not sys.stderr.isatty() else self._make()
        self.tasks: dict[str, Any] = {}
        self.every = every
        self.last = time.monotonic()

    @staticmethod
    def _make() -> Any:
        from rich.progress import BarColumn, Progress, TimeRemainingColumn

        return Progress("[progress.description]{task.description}", BarColumn(), TimeRemainingColumn(),
                        transient=True)

    def __enter__(self) -> Any:
        if self.quiet:
            return None
        if self.bar is None:
            return self.log
        self.bar.start()
        return self.update

    def update(self, stage: str, done: int, total: int) -> None:
        assert self.bar is not None
        if stage not in self.tasks:
            for task in self.tasks.values():
                self.bar.update(task, visible=False)
            self.tasks[stage] = self.bar.add_task("", total=total if stage == "pages" else None)
        self.bar.update(self.tasks[stage], completed=done, description=_status(stage, done, total))

    def log(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if stage == "linking" or now - self.last >= self.every:
            print(f"newstrace: {_status(stage, done, total)}", file=sys.stderr, flush=True)
            self.last = now

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def _status(stage: str, done: int, total: int) -> str:
    """What a stage has done: "1,204 pages read", "37/1,204 pages", "linking 1,204 documents"."""
    if stage == "reading":
        return f"{_count(done, 'page')} read"
    if stage == "pages":
        return f"{done:,}/{_count(total, 'page')}"
    return f"{stage} {_count(total, 'document')}"


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"
