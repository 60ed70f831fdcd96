"""The command line: the same services as the GUI (ARCHITECTURE.md, "Command line").

Contract: issuing commands print one JSON object on stdout; bad input exits with status 2
and one line on stderr naming the field; nothing is written and no number is consumed.
A traceback never reaches the user: unexpected errors are logged to <home>/logs and
reported in one line (exit 1).
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from desktop_app import __version__
from desktop_app.domain.errors import LetterDeskError, ValidationError

log = logging.getLogger("letterdesk")
log.addHandler(logging.NullHandler())
log.propagate = False
_home_arg: str | None = None

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3


class NotAvailableError(LetterDeskError):
    """A contract command whose capability has not landed yet."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line with exit status 2."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(EXIT_USAGE)


def _service(module: str) -> Any:
    """Import ``desktop_app.services.<module>``; a missing module means 'not available yet'."""
    name = f"desktop_app.services.{module}"
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name == name:
            raise NotAvailableError(f"此功能尚未提供（{module}）", message_en=f"{module}: not available yet") from exc
        raise


def _emit(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n")


def _warn_lines(result: dict[str, Any]) -> None:
    for w in result.get("warnings") or []:
        sys.stderr.write(f"warning: {w.get('code', '')}: {w.get('message', '')}\n")


# -- handlers -------------------------------------------------------------------------------
def cmd_gui(args: argparse.Namespace) -> int:
    from desktop_app.gui.app import main as gui_main

    return int(gui_main(_gui_argv(args)))


def _gui_argv(args: argparse.Namespace) -> list[str]:
    argv = [sys.argv[0]]
    if args.home:
        argv += ["--home", args.home]
    if getattr(args, "lang", None):
        argv += ["--lang", args.lang]
    if getattr(args, "quit_after_show", False):
        argv.append("--quit-after-show")
    return argv


def cmd_words(args: argparse.Namespace) -> int:
    from desktop_app.domain.money import parse_amount
    from desktop_app.domain.words import amount_in_words

    print(amount_in_words(parse_amount(args.amount, "amount", allow_zero=True)))
    return EXIT_OK


def cmd_penalty(args: argparse.Namespace, ctx: Any) -> int:
    from desktop_app.services.context import load_json_file

    data = load_json_file(args.file, "penalty")
    result = _service("calculator").penalty_for_home(data, ctx.home)
    _emit(result)
    return EXIT_OK


def cmd_lpr(args: argparse.Namespace, ctx: Any) -> int:
    calc = _service("calculator")
    if args.lpr_cmd == "add":
        _emit(calc.lpr_add(ctx.home, args.date, args.one_year, args.five_year))
    else:
        _emit(calc.lpr_table_info(ctx.home))
    return EXIT_OK


def cmd_kinds(args: argparse.Namespace) -> int:
    kinds = _service("letters").kinds_info()
    if args.json:
        _emit(kinds)
    else:
        for k in kinds:
            print(f"{k['id']:<24} {k['title']}")
    return EXIT_OK


def cmd_render(args: argparse.Namespace, ctx: Any) -> int:
    from desktop_app.services.context import load_json_file
    from desktop_app.services.files import output_dir
    from desktop_app.services.issuing import parse_formats

    formats = parse_formats(args.format)
    data = load_json_file(args.data)
    result = _service("letters").render_letter(
        ctx, args.kind, data, output_dir(args.out, create=False), formats=formats, preview=args.preview
    ).to_json()
    _emit(result)
    _warn_lines(result)
    return EXIT_OK


def cmd_receipt(args: argparse.Namespace, ctx: Any) -> int:
    from desktop_app.services.context import load_json_file
    from desktop_app.services.files import output_dir

    receipts = _service("receipts")
    if args.receipt_cmd == "issue":
        result = receipts.issue_receipt(ctx, load_json_file(args.data), output_dir(args.out, create=False)).to_json()
    elif args.receipt_cmd == "void":
        result = receipts.void_document(ctx, args.number, args.reason)
    elif args.receipt_cmd == "reprint":
        result = receipts.reprint(ctx, args.number, output_dir(args.out, create=False)).to_json()
    else:
        result = receipts.issue_certificate(ctx, args.number, output_dir(args.out, create=False)).to_json()
    _emit(result)
    _warn_lines(result)
    return EXIT_OK


def cmd_deposit(args: argparse.Namespace, ctx: Any) -> int:
    from desktop_app.services.context import load_json_file
    from desktop_app.services.files import output_dir

    deposits = _service("deposits")
    if args.deposit_cmd == "refund":
        result = deposits.refund_deposit(ctx, args.number, load_json_file(args.data),
                                         output_dir(args.out, create=False)).to_json()
        _emit(result)
        _warn_lines(result)
    else:
        _emit(deposits.list_deposits(ctx, payer=args.payer))
    return EXIT_OK


def cmd_ledger(args: argparse.Namespace, ctx: Any) -> int:
    ledger = _service("ledger_sync")
    if args.ledger_cmd == "export":
        _emit(ledger.export_ledger(ctx, Path(args.out), date_from=args.date_from,
                                   date_to=args.date_to, kind=args.kind, status=args.status))
    else:
        warnings = ledger.sync_ledger(ctx)
        _emit({"ledger": str(ctx.ledger_path), "warnings": warnings})
        _warn_lines({"warnings": warnings})
        if warnings:
            return EXIT_FAILURE
    return EXIT_OK


def cmd_batch(args: argparse.Namespace, ctx: Any) -> int:
    batch = _service("batch")
    if args.template:
        _emit(batch.write_template(ctx, args.kind, Path(args.template)))
        return EXIT_OK
    if not args.source or not args.out:
        raise ValidationError("--from", "请用 --from 指定 Excel/JSONL 文件并用 --out 指定输出文件夹，或用 --template 生成模板")
    from desktop_app.services.files import output_dir

    report = batch.run_batch(ctx, args.kind, Path(args.source), output_dir(args.out, create=False),
                             progress=batch.terminal_progress(sys.stderr))
    _emit(report.to_json())
    return int(report.exit_code)


def cmd_delivery(args: argparse.Namespace, ctx: Any) -> int:
    delivery = _service("delivery")
    if args.delivery_cmd == "add":
        _emit(delivery.add_delivery(ctx, args.number, method=args.method, tracking=args.tracking,
                                    date_text=args.date, status=args.status, address=args.address))
    else:
        _emit(delivery.list_deliveries(ctx, args.number))
    return EXIT_OK


def cmd_import(args: argparse.Namespace, ctx: Any) -> int:
    importing = _service("importing")
    func = importing.import_parties if args.import_cmd == "parties" else importing.import_receipts
    report = func(ctx, Path(args.file))
    _emit(report)
    return EXIT_PARTIAL if report.get("rejected") else EXIT_OK


def cmd_profile(args: argparse.Namespace, ctx: Any) -> int:
    profile = _service("profile")
    if args.profile_cmd == "set":
        from desktop_app.services.context import load_json_file

        _emit(profile.set_profile(ctx, load_json_file(args.data, "profile")))
    else:
        _emit(profile.show_profile(ctx))
    return EXIT_OK


def cmd_series(args: argparse.Namespace, ctx: Any) -> int:
    profile = _service("profile")
    if args.series_cmd == "set":
        _emit(profile.set_series(ctx, args.key, args.pattern))
    else:
        _emit(profile.list_series(ctx))
    return EXIT_OK


def cmd_self_test(args: argparse.Namespace) -> int:
    ok, lines = _service("selftest").run_self_test()
    for line in lines:
        print(line)
    return EXIT_OK if ok else EXIT_FAILURE


def cmd_backup(args: argparse.Namespace, ctx: Any) -> int:
    _emit(_service("backup").backup_now(ctx))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, ctx: Any) -> int:
    _emit(_service("backup").restore(ctx, Path(args.file), force=args.force))
    return EXIT_OK


def cmd_doctor(args: argparse.Namespace, ctx: Any) -> int:
    ok, report = _service("doctor").run_doctor(ctx, repair=args.repair)
    _emit(report)
    return EXIT_OK if ok else EXIT_FAILURE


# -- parser ---------------------------------------------------------------------------------
NEEDS_CONTEXT = {"penalty", "lpr", "render", "receipt", "deposit", "ledger", "batch", "delivery",
                 "import", "profile", "series", "backup", "restore", "doctor"}


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="letterdesk", description="LetterDesk 函据通 — letters, penalties, receipts, ledger")
    p.add_argument("--version", action="version", version=f"LetterDesk {__version__}")
    p.add_argument("--home", metavar="DIR", help="data folder (default: per-user data dir or $LETTERDESK_HOME)")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    s = sub.add_parser("gui", help="start the desktop program")
    s.add_argument("--lang", choices=["zh_CN", "en"])
    s.add_argument("--quit-after-show", action="store_true", help="start, report the time, quit")
    s = sub.add_parser("words", help="amount in words (大写)")
    s.add_argument("amount")
    s = sub.add_parser("penalty", help="penalty calculation: JSON in, JSON out")
    s.add_argument("file", nargs="?", default="-")
    s = sub.add_parser("lpr", help="the LPR table")
    lpr = s.add_subparsers(dest="lpr_cmd", parser_class=_Parser)
    lpr.add_parser("list")
    a = lpr.add_parser("add")
    a.add_argument("date")
    a.add_argument("one_year", metavar="1Y")
    a.add_argument("five_year", metavar="5Y")
    s = sub.add_parser("kinds", help="document kinds and their fields")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("render", help="render (and issue) a letter")
    s.add_argument("kind")
    s.add_argument("--data", required=True)
    s.add_argument("--out", required=True)
    s.add_argument("--format", default="both", choices=["pdf", "docx", "both"])
    s.add_argument("--preview", action="store_true", help="draft without a number, records nothing")

    s = sub.add_parser("receipt", help="receipts: issue, void, reprint, certificate")
    r = s.add_subparsers(dest="receipt_cmd", required=True, parser_class=_Parser)
    a = r.add_parser("issue")
    a.add_argument("--data", required=True)
    a.add_argument("--out", required=True)
    a = r.add_parser("void")
    a.add_argument("number")
    a.add_argument("--reason", required=True)
    a = r.add_parser("reprint")
    a.add_argument("number")
    a.add_argument("--out", required=True)
    a = r.add_parser("certificate")
    a.add_argument("number")
    a.add_argument("--out", required=True)

    s = sub.add_parser("deposit", help="deposits: refund, list")
    d = s.add_subparsers(dest="deposit_cmd", required=True, parser_class=_Parser)
    a = d.add_parser("refund")
    a.add_argument("number")
    a.add_argument("--data", required=True)
    a.add_argument("--out", required=True)
    a = d.add_parser("list")
    a.add_argument("--payer")

    s = sub.add_parser("ledger", help="Excel ledger: export, sync")
    lg = s.add_subparsers(dest="ledger_cmd", required=True, parser_class=_Parser)
    a = lg.add_parser("export")
    a.add_argument("--out", required=True)
    a.add_argument("--from", dest="date_from")
    a.add_argument("--to", dest="date_to")
    a.add_argument("--kind")
    a.add_argument("--status", choices=["issued", "void"])
    lg.add_parser("sync")

    s = sub.add_parser("batch", help="one document per row of an Excel/JSONL file")
    s.add_argument("kind")
    s.add_argument("--from", dest="source")
    s.add_argument("--out")
    s.add_argument("--template", metavar="FILE.xlsx", help="write an Excel template for the kind")

    s = sub.add_parser("delivery", help="delivery records (送达)")
    dl = s.add_subparsers(dest="delivery_cmd", required=True, parser_class=_Parser)
    a = dl.add_parser("add")
    a.add_argument("number")
    a.add_argument("--method", required=True,
                   choices=["ems", "registered", "courier", "in_person", "email", "sms"])
    a.add_argument("--tracking")
    a.add_argument("--date", required=True)
    a.add_argument("--status", default="pending", choices=["pending", "signed", "returned"])
    a.add_argument("--address")
    a = dl.add_parser("list")
    a.add_argument("number", nargs="?")

    s = sub.add_parser("import", help="import parties or receipts from Excel")
    im = s.add_subparsers(dest="import_cmd", required=True, parser_class=_Parser)
    for name in ("parties", "receipts"):
        a = im.add_parser(name)
        a.add_argument("file")

    s = sub.add_parser("profile", help="the firm profile")
    pr = s.add_subparsers(dest="profile_cmd", required=True, parser_class=_Parser)
    pr.add_parser("show")
    a = pr.add_parser("set")
    a.add_argument("--data", required=True)

    s = sub.add_parser("series", help="numbering series and their patterns")
    se = s.add_subparsers(dest="series_cmd", required=True, parser_class=_Parser)
    se.add_parser("list")
    a = se.add_parser("set")
    a.add_argument("key")
    a.add_argument("pattern")

    sub.add_parser("self-test", help="render every kind in a temp dir and check it")
    sub.add_parser("backup", help="back up the store now")
    s = sub.add_parser("restore", help="restore the store from a backup file")
    s.add_argument("file")
    s.add_argument("--force", action="store_true",
                   help="restore even when the current store cannot be read whole")
    s = sub.add_parser("doctor", help="check store, files, numbering, ledger, resources")
    s.add_argument("--repair", action="store_true")
    return p


HANDLERS: dict[str, Callable[..., int]] = {
    "gui": cmd_gui, "words": cmd_words, "penalty": cmd_penalty, "lpr": cmd_lpr,
    "kinds": cmd_kinds, "render": cmd_render, "receipt": cmd_receipt, "deposit": cmd_deposit,
    "ledger": cmd_ledger, "batch": cmd_batch, "delivery": cmd_delivery, "import": cmd_import,
    "profile": cmd_profile, "series": cmd_series, "self-test": cmd_self_test,
    "backup": cmd_backup, "restore": cmd_restore, "doctor": cmd_doctor,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    global _home_arg
    _home_arg = args.home
    command = args.command or "gui"
    if command == "gui":
        args.home = args.home
        return _run(lambda: cmd_gui(args))
    handler = HANDLERS[command]
    if command in NEEDS_CONTEXT:
        def call() -> int:
            from desktop_app.services.context import open_context

            ctx = open_context(args.home)
            try:
                if _changes_store(args):
                    _start_up_backup(ctx)
                return handler(args, ctx)
            finally:
                ctx.close()
        return _run(call)
    return _run(lambda: handler(args))


def _damage_message(exc: BaseException) -> str | None:
    """One line with the way out for a damaged store or a missing bundled resource."""
    import sqlite3

    corrupt = ("SQLITE_CORRUPT", "SQLITE_NOTADB")
    if isinstance(exc, sqlite3.DatabaseError) and (
            getattr(exc, "sqlite_errorname", "") in corrupt
            or str(exc) in ("database disk image is malformed", "file is not a database")):
        return (f"数据库文件已损坏（{exc}）。损坏的文件未被改动；请用 letterdesk restore 从备份"
                "（数据目录下的 backups 文件夹）恢复，或运行 letterdesk doctor 查看详情")
    if isinstance(exc, FileNotFoundError) and str(exc).startswith("bundled resource missing"):
        return f"程序资源文件缺失，请重新安装函据通（{' '.join(str(exc).split())}）"
    return None


def _changes_store(args: argparse.Namespace) -> bool:
    """Commands that issue or change records (they get the daily start-up backup first)."""
    command = args.command
    if command == "render":
        return not args.preview
    if command == "batch":
        return not args.template
    sub = {"deposit": "deposit_cmd", "delivery": "delivery_cmd", "profile": "profile_cmd",
           "series": "series_cmd"}.get(command)
    if sub:
        return getattr(args, sub) not in ("list", "show")
    return command in ("receipt", "import")


def _start_up_backup(ctx: Any) -> None:
    """Daily backup before the first change of the day; a failure warns, never blocks."""
    from desktop_app.services.backup import backup_on_start

    ctx.store  # noqa: B018 - a damaged store is the command's error, reported once by _run
    try:
        backup_on_start(ctx)
    except (LetterDeskError, OSError) as exc:
        log.warning("start-up backup failed: %s", exc)
        sys.stderr.write(f"warning: BACKUP_FAILED: 今日自动备份失败（{exc}），本次操作照常进行\n")


def _run(call: Callable[[], int]) -> int:
    try:
        return call()
    except LetterDeskError as exc:
        log.info("user error: %s", exc.message_en)
        sys.stderr.write(f"letterdesk: error: {exc.one_line()}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        sys.stderr.write("letterdesk: interrupted\n")
        return 130
    except BrokenPipeError:
        return EXIT_FAILURE
    except Exception as exc:  # noqa: BLE001 - last line of defence: no traceback for users
        damage = _damage_message(exc)
        if damage:
            log.error("damaged file: %s", exc)
            sys.stderr.write(f"letterdesk: error: {damage}\n")
            return EXIT_USAGE if "restore" in damage else EXIT_FAILURE
        where = "the data folder"
        try:
            from desktop_app.paths import data_home
            from desktop_app.services.context import setup_logging

            home = data_home(_home_arg)
            setup_logging(home)
            where = str(home)
        except Exception:  # noqa: BLE001 - logging must never mask the original error
            pass
        log.exception("internal error")
        sys.stderr.write(
            f"letterdesk: internal error: {type(exc).__name__}: {' '.join(str(exc).split())} "
            f"(details in the log under {where}/logs)\n"
        )
        return EXIT_FAILURE


def console_main() -> None:
    """Entry point of the ``letterdesk`` console script."""
    sys.exit(main())


if __name__ == "__main__":
    console_main()
