"""Letters: list the kinds, validate input, build the Document, issue or preview it.

One path for the CLI (``letterdesk render``), the GUI (live preview + Issue) and batch runs:
``validate_letter`` → ``prepare`` (penalty, warnings) → ``build_letter`` → ``issuing``.
Everything is validated before a number is taken: a bad field raises ``ValidationError``
naming it, nothing is written and no number is consumed (ARCHITECTURE.md, "Command line").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.documents.kinds import KIND_IDS, Env, LetterKind, Prepared, all_kinds, get_kind
from desktop_app.documents.kinds.base import iter_wording_fields
from desktop_app.documents.model import Document
from desktop_app.domain.wording import check_wording
from desktop_app.services.context import AppContext
from desktop_app.services.issuing import FORMATS, IssueResult, issue_document, preview_document

__all__ = [
    "KIND_IDS", "build_letter", "kind_spec", "kinds_info", "prepare_letter", "render_letter",
    "sample_data", "validate_letter",
]


def kinds_info() -> list[dict[str, Any]]:
    """Every kind with id, title, numbering pattern and its fields (``kinds --json``)."""
    return [k.info() for k in all_kinds()]


def kind_spec(kind_id: str) -> dict[str, Any]:
    return get_kind(kind_id).info()


def sample_data(kind_id: str) -> dict[str, Any]:
    """Complete example input (used by the self-test, the GUI's “示例” button and docs)."""
    return get_kind(kind_id).sample()


def validate_letter(kind_id: str, data: Any, profile: Mapping[str, Any]) -> dict[str, Any]:
    """Validated values (Decimal, date, …) with profile defaults applied."""
    return get_kind(kind_id).validate(data, profile)


def _env(ctx: AppContext | None, profile: Mapping[str, Any] | None = None,
         today: date | None = None) -> Env:
    from desktop_app.domain.lpr import LprTable

    if ctx is not None:
        lpr = LprTable.load(ctx.lpr_user_file)
        prof = profile if profile is not None else ctx.profile
    else:
        from desktop_app.services.context import SAMPLE_PROFILE

        lpr = LprTable.load()
        prof = profile if profile is not None else SAMPLE_PROFILE
    return Env(profile=prof, lpr=lpr, today=today or date.today())


def prepare_letter(kind_id: str, data: Any, ctx: AppContext | None = None, *,
                   profile: Mapping[str, Any] | None = None,
                   today: date | None = None) -> tuple[LetterKind, Prepared, Env]:
    """Validate, compute (penalty, limitation, guarantee checks) and check the wording."""
    kind = get_kind(kind_id)
    env = _env(ctx, profile, today)
    values = kind.validate(data, env.profile)
    prep = kind.prepare(values, env)
    for path, text in iter_wording_fields(kind.specs, values):
        prep.warnings.extend(check_wording(path, text))
    return kind, prep, env


def build_letter(kind_id: str, data: Any, number: str | None = None,
                 ctx: AppContext | None = None) -> tuple[Document, list[dict[str, Any]]]:
    """The Document for the GUI's live preview (no number: “编号：签发时生成”) and warnings."""
    kind, prep, env = prepare_letter(kind_id, data, ctx)
    return kind.build(prep, number, env), list(prep.warnings)


def file_stem(number: str | None, party: str) -> list[str]:
    """File-name parts: number and party name (sanitised later by ``files.file_in``)."""
    return [number or "", party]


def _strings(value: Any, path: str = "") -> list[tuple[str, str]]:
    if isinstance(value, dict):
        return [pair for k, v in value.items()
                for pair in _strings(v, f"{path}.{k}" if path else k)]
    if isinstance(value, list):
        return [pair for i, v in enumerate(value) for pair in _strings(v, f"{path}[{i}]")]
    return [(path, value)] if isinstance(value, str) else []


def locate_glyph_warnings(warnings: list[dict[str, Any]], values: Mapping[str, Any]) -> None:
    """Point MISSING_GLYPH warnings at the input field holding the character (``debtor.name``
    rather than ``Addressee[3]``); the block position is kept under ``block``."""
    strings = _strings(dict(values))
    for w in warnings:
        if w.get("code") != "MISSING_GLYPH" or not w.get("char"):
            continue
        path = next((p for p, text in strings if w["char"] in text), None)
        if path:
            w.setdefault("block", w.get("field"))
            w["field"] = path
            w["message"] = f"{path}：{w.get('message', '')}"


DELIVERY_METHODS = {"ems": "EMS", "registered": "挂号信", "courier": "快递", "in_person": "当面送达",
                    "email": "电子邮件", "sms": "短信"}


def link_parent(ctx: AppContext, prep: Prepared) -> str | None:
    """The earlier letter a termination notice cites, when it was issued here.

    Returns its number for the store's ``parent_number`` (the ledger shows the chain), fills
    an empty delivery description from its delivery record (DOMAIN.md §3: the notice cites
    the demand's delivery), and warns when that letter was voided.
    """
    from desktop_app.domain.dates import format_date_cn, parse_date
    from desktop_app.domain.errors import NotFoundError

    if not prep.parent_ref:
        return None
    try:
        parent = ctx.store.get(prep.parent_ref)
    except NotFoundError:
        return None
    if parent.status == "void":
        prep.warnings.append({"code": "PARENT_VOID", "field": "demand.number",
                              "message": f"demand.number：前次催告 {parent.number} 已作废"})
    demand = prep.values.get("demand")
    if isinstance(demand, dict) and not demand.get("delivery"):
        records = ctx.store.list_deliveries(parent.number)
        if records:
            r = records[-1]
            how = DELIVERY_METHODS.get(str(r.get("method")), str(r.get("method")))
            tracking = f"（单号{r['tracking']}）" if r.get("tracking") else ""
            sent = format_date_cn(parse_date(str(r.get("date")), "date"))
            status = {"signed": "寄出并已签收", "returned": "寄出，后被退回"}.get(
                str(r.get("status")), "寄出")
            demand["delivery"] = f"经{how}{tracking}于{sent}{status}"
    return parent.number


def render_letter(ctx: AppContext, kind_id: str, data: Any, out_dir: Path,
                  formats: Sequence[str] = FORMATS, preview: bool = False,
                  sync_ledger: bool = True) -> IssueResult:
    """Issue (number, files, store record, ledger) or preview (草稿, nothing recorded)."""
    kind, prep, env = prepare_letter(kind_id, data, ctx)
    if preview:
        link_parent(ctx, prep)
        doc = kind.build(prep, None, env)
        result = preview_document(doc, out_dir, [kind.title, prep.party_name], formats,
                                  prep.warnings)
    else:
        result = _issue(ctx, kind, prep, env, out_dir, formats, sync_ledger)
    locate_glyph_warnings(result.warnings, prep.values)
    return result


def _issue(ctx: AppContext, kind: LetterKind, prep: Prepared, env: Env, out_dir: Path,
           formats: Sequence[str], sync_ledger: bool) -> IssueResult:
    parent = link_parent(ctx, prep)
    return issue_document(
        ctx,
        kind=kind.id,
        series_key=kind.series_key,
        default_pattern=kind.series_pattern,
        issued_on=prep.letter_date,
        snapshot=prep.snapshot(),
        build=lambda number: kind.build(prep, number, env),
        out_dir=out_dir,
        name_parts=lambda number: file_stem(number, prep.party_name),
        formats=formats,
        party_name=prep.party_name,
        amount=prep.amount,
        penalty=prep.penalty,
        parent_number=parent,
        warnings=prep.warnings,
        sync_ledger=sync_ledger,
    )
