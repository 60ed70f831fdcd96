"""What every letter kind shares: field specs, validation, wording templates, common blocks.

A kind is described by data in ``resources/wording/<kind>.json`` (title, numbering pattern,
field specs with Chinese labels, wording templates with named placeholders) and by a module
that turns validated values into a ``Document``. Field groups used by several kinds
(creditor, debtor, contract, contact, …) live in ``resources/wording/common.json`` and are
pulled in with ``{"use": "debtor"}``.

Templates are filled by ``fill``: only ``{name}`` placeholders of the *template* are replaced,
in one pass, by the given values. User text is only ever a value, never a template, so
``{{x}}``, ``${y}`` or ``{}`` typed by a user stays literal; nothing is evaluated.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

from desktop_app.documents.model import (
    AckSlip,
    Block,
    Document,
    Letterhead,
    NumberLine,
    Paragraph,
    Signature,
    Title,
)
from desktop_app.domain.dates import format_date_cn, iso, parse_date
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.money import format_amount, parse_amount, plain_amount
from desktop_app.domain.words import amount_in_words
from desktop_app.paths import resource_path

FIELD_TYPES = ("text", "date", "money", "int", "bool", "list", "object", "choice")
DEFAULT_MAX_LENGTH = 500
UNNUMBERED = "编号：签发时生成"

_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
_TRUE = {"true", "1", "yes", "y", "是", "有", "√"}
_FALSE = {"false", "0", "no", "n", "否", "无", ""}


# -- wording ---------------------------------------------------------------------------------
def fill(template: str, values: Mapping[str, Any]) -> str:
    """Replace the ``{name}`` placeholders of ``template`` with ``values[name]``.

    One pass with a function replacement: inserted values are never scanned again, and no
    format mini-language, attribute access or evaluation exists. A placeholder without a value
    is a programming error (``KeyError``), caught by the tests that render every kind.
    """

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            raise KeyError(f"wording placeholder {{{name}}} has no value")
        value = values[name]
        return "" if value is None else str(value)

    return _PLACEHOLDER.sub(replace, template)


def placeholders(template: str) -> set[str]:
    return set(_PLACEHOLDER.findall(template))


@cache
def load_wording(name: str) -> dict[str, Any]:
    """``resources/wording/<name>.json`` (title, series pattern, fields, text templates)."""
    path = resource_path("wording", f"{name}.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


# -- field specs -----------------------------------------------------------------------------
@dataclass(frozen=True)
class FieldSpec:
    """One input field. ``name`` is relative to its parent (``name`` inside ``debtor``).

    ``default_from`` names a profile key used when the field is empty (``profile.bank``);
    ``wording_check`` marks free text checked against DOMAIN.md §7; ``raw`` fields are passed
    through unchanged to the penalty engine, which validates them with its own field paths.
    """

    name: str
    label: str
    type: str
    required: bool = False
    choices: tuple[tuple[str, str], ...] = ()
    help: str = ""
    default: Any = None
    default_from: str | None = None
    fields: tuple[FieldSpec, ...] = ()
    item_type: str | None = None
    max_length: int | None = None
    allow_zero: bool = False
    minimum: int | None = None
    maximum: int | None = None
    wording_check: bool = False
    raw: bool = False
    when: Mapping[str, Sequence[str]] | None = None

    def to_json(self, prefix: str = "", group: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": prefix + self.name,
            "label": self.label,
            "type": self.type,
            "required": self.required,
            "choices": [{"value": v, "label": label} for v, label in self.choices],
            "help": self.help,
        }
        if self.default is not None:
            out["default"] = self.default
        if self.default_from:
            out["default_from"] = self.default_from
        if group:
            out["group"] = group
        if self.item_type:
            out["item_type"] = self.item_type
        if self.max_length:
            out["max_length"] = self.max_length
        if self.minimum is not None:
            out["min"] = self.minimum
        if self.maximum is not None:
            out["max"] = self.maximum
        if self.when:
            out["when"] = {prefix + k: list(v) for k, v in self.when.items()}
        if self.type == "list" and self.fields:
            out["fields"] = [f.to_json() for f in self.fields]
        return out


def _spec_from_json(raw: Mapping[str, Any], groups: Mapping[str, Any]) -> list[FieldSpec]:
    if "use" in raw:
        group = groups[raw["use"]]
        merged = {**group, **{k: v for k, v in raw.items() if k != "use"}}
        return _spec_from_json(merged, groups)
    ftype = raw["type"]
    if ftype not in FIELD_TYPES:
        raise ValueError(f"unknown field type {ftype!r} in wording spec")
    sub: list[FieldSpec] = []
    for child in raw.get("fields", ()):
        sub.extend(_spec_from_json(child, groups))
    choices = tuple((str(c["value"]), str(c["label"])) for c in raw.get("choices", ()))
    return [FieldSpec(
        name=raw["name"], label=raw["label"], type=ftype, required=bool(raw.get("required")),
        choices=choices, help=raw.get("help", ""), default=raw.get("default"),
        default_from=raw.get("default_from"), fields=tuple(sub), item_type=raw.get("item_type"),
        max_length=raw.get("max_length"), allow_zero=bool(raw.get("allow_zero")),
        minimum=raw.get("min"), maximum=raw.get("max"),
        wording_check=bool(raw.get("wording_check")), raw=bool(raw.get("raw")),
        when=raw.get("when"),
    )]


@cache
def specs_for(kind_id: str) -> tuple[FieldSpec, ...]:
    common = load_wording("common")
    groups = common["groups"]
    out: list[FieldSpec] = []
    for raw in load_wording(kind_id)["fields"]:
        out.extend(_spec_from_json(raw, groups))
    return tuple(out)


def flatten_specs(specs: Sequence[FieldSpec], prefix: str = "",
                  group: str | None = None) -> list[dict[str, Any]]:
    """Field list for ``kinds --json``: objects become dotted leaves (``debtor.name``) with a
    ``group`` label; lists keep their item fields (relative names) under ``fields``."""
    out: list[dict[str, Any]] = []
    for spec in specs:
        if spec.type == "object":
            label = spec.label if not group else f"{group} · {spec.label}"
            out.extend(flatten_specs(spec.fields, f"{prefix}{spec.name}.", label))
        else:
            out.append(spec.to_json(prefix, group))
    return out


# -- validation ------------------------------------------------------------------------------
def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or value == [] \
        or value == {}


def _profile_value(profile: Mapping[str, Any], ref: str | None) -> Any:
    if not ref:
        return None
    key = ref.split(".", 1)[1] if ref.startswith("profile.") else ref
    return profile.get(key)


def _convert(spec: FieldSpec, value: Any, path: str, profile: Mapping[str, Any]) -> Any:
    label = spec.label
    if spec.raw:
        return value
    if spec.type == "text":
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise ValidationError(path, f"{label}必须是文字")
        text = str(value).replace("\r\n", "\n").replace("\r", "\n").strip()
        limit = spec.max_length or DEFAULT_MAX_LENGTH
        if len(text) > limit:
            raise ValidationError(path, f"{label}过长（最多{limit}字）")
        # XML (DOCX) cannot hold control characters, lone surrogates, U+FFFE/U+FFFF (issue 9)
        bad = next((c for c in text if (ord(c) < 32 and c not in "\n\t") or ord(c) == 0x7F
                    or 0xD800 <= ord(c) <= 0xDFFF or ord(c) in (0xFFFE, 0xFFFF)), None)
        if bad is not None:
            raise ValidationError(path, f"{label}含有不可打印的控制字符（U+{ord(bad):04X}），请删除")
        return text
    if spec.type == "date":
        return parse_date(value, path)
    if spec.type == "money":
        return parse_amount(value, path, allow_zero=spec.allow_zero)
    if spec.type == "int":
        return parse_int(value, path, label, spec.minimum, spec.maximum)
    if spec.type == "bool":
        return parse_bool(value, path, label)
    if spec.type == "choice":
        choice = str(value).strip() if isinstance(value, (str, int)) else None
        for v, lab in spec.choices:
            if choice in (v, lab):
                return v
        allowed = "、".join(f"{v}（{lab}）" for v, lab in spec.choices)
        raise ValidationError(path, f"{label}只能是：{allowed}")
    if spec.type == "object":
        if not isinstance(value, dict):
            raise ValidationError(path, f"{label}必须是对象（JSON {{…}}）")
        return validate_fields(spec.fields, value, profile, f"{path}.")
    if spec.type == "list":
        if not isinstance(value, list):
            raise ValidationError(path, f"{label}必须是列表（JSON […]）")
        items = []
        for i, item in enumerate(value):
            ipath = f"{path}[{i}]"
            if spec.fields:
                if not isinstance(item, dict):
                    raise ValidationError(ipath, f"{label}的每一项必须是对象")
                items.append(validate_fields(spec.fields, item, profile, f"{ipath}."))
            else:
                item_spec = FieldSpec(name=spec.name, label=label, type=spec.item_type or "text",
                                      max_length=spec.max_length)
                if _blank(item):
                    raise ValidationError(ipath, f"{label}的第{i + 1}项不能为空")
                items.append(_convert(item_spec, item, ipath, profile))
        return items
    raise ValueError(f"unknown field type {spec.type}")  # pragma: no cover - spec error


def _applies(spec: FieldSpec, data: Mapping[str, Any]) -> bool:
    if not spec.when:
        return True
    for key, allowed in spec.when.items():
        if str(data.get(key.rsplit(".", 1)[-1], "")) not in allowed:
            return False
    return True


def validate_fields(specs: Sequence[FieldSpec], data: Mapping[str, Any],
                    profile: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Check ``data`` against ``specs``; returns converted values (Decimal, date, int, bool).

    Unknown keys are refused (a typo such as ``deadline_day`` must not silently drop a
    field). Empty values take the spec's default or the profile value named by
    ``default_from``; a required field still empty is a ``ValidationError`` naming it.
    """
    known = {s.name for s in specs}
    for key in data:
        if key not in known:
            raise ValidationError(f"{prefix}{key}", f"未知字段（可用：{'、'.join(sorted(known))}）")
    out: dict[str, Any] = {}
    for spec in specs:
        path = f"{prefix}{spec.name}"
        value = data.get(spec.name)
        if _blank(value) and spec.type == "object" and not spec.raw:
            # children apply their own defaults (creditor from the profile) and checks; an
            # optional object left entirely empty is simply absent
            try:
                out[spec.name] = validate_fields(spec.fields, {}, profile, f"{path}.")
            except ValidationError:
                if spec.required:
                    raise
                out[spec.name] = None
            continue
        if _blank(value):
            value = _profile_value(profile, spec.default_from)
            if _blank(value):
                value = spec.default
        if _blank(value):
            if spec.required and _applies(spec, data):
                hint = "（或在单位资料中设置）" if spec.default_from else ""
                raise ValidationError(path, f"请填写{spec.label}{hint}")
            out[spec.name] = [] if spec.type == "list" else None
            continue
        out[spec.name] = _convert(spec, value, path, profile)
    return out


def parse_int(value: Any, path: str, label: str, minimum: int | None = None,
              maximum: int | None = None) -> int:
    """Integers arrive as text from JSON files (parse_int=str) and Excel: accept both."""
    if isinstance(value, bool):
        raise ValidationError(path, f"{label}必须是整数")
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and re.fullmatch(r"\s*\d+\s*", value):
        number = int(value)
    else:
        raise ValidationError(path, f"{label}必须是整数：{value}")
    if minimum is not None and number < minimum:
        raise ValidationError(path, f"{label}不能小于{minimum}")
    if maximum is not None and number > maximum:
        raise ValidationError(path, f"{label}不能大于{maximum}")
    return number


def parse_bool(value: Any, path: str, label: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (str, int)) and str(value).strip().lower() in _TRUE:
        return True
    if isinstance(value, (str, int)) and str(value).strip().lower() in _FALSE:
        return False
    raise ValidationError(path, f"{label}只能是 true 或 false：{value}")


def iter_wording_fields(specs: Sequence[FieldSpec], values: Mapping[str, Any],
                        prefix: str = "") -> list[tuple[str, str]]:
    """(dotted path, text) of every filled free-text field marked ``wording_check``."""
    out: list[tuple[str, str]] = []
    for spec in specs:
        value = values.get(spec.name)
        path = f"{prefix}{spec.name}"
        if value in (None, "", []):
            continue
        if spec.type == "object" and isinstance(value, dict):
            out.extend(iter_wording_fields(spec.fields, value, f"{path}."))
        elif spec.type == "list" and isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, dict):
                    out.extend(iter_wording_fields(spec.fields, item, f"{path}[{i}]."))
                elif spec.wording_check:
                    out.append((f"{path}[{i}]", str(item)))
        elif spec.wording_check:
            out.append((path, str(value)))
    return out


def to_jsonable(value: Any) -> Any:
    """Snapshot form: Decimal money → "1409.50"-style strings, dates ISO, recursively."""
    if isinstance(value, Decimal):
        return plain_amount(value) if value == value.quantize(Decimal("0.01")) else str(value)
    if isinstance(value, date):
        return iso(value)
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    return value


# -- computed letter ------------------------------------------------------------------------
@dataclass
class Prepared:
    """A validated letter ready to build: values, computed figures, warnings, ledger facts."""

    kind: str
    values: dict[str, Any]
    letter_date: date
    party_name: str
    amount: Decimal | None = None
    penalty: Decimal | None = None
    computed: dict[str, Any] = field(default_factory=dict)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)  # JSON-able, for the snapshot
    parent_ref: str | None = None  # number of an earlier letter this one relies on

    def snapshot(self) -> dict[str, Any]:
        data = {"kind": self.kind, "input": to_jsonable(self.values)}
        if self.summary:
            data["summary"] = to_jsonable(self.summary)
        return data


@dataclass(frozen=True)
class Env:
    """What a kind needs besides its input: the firm profile, the LPR table, today."""

    profile: Mapping[str, Any]
    lpr: Any = None
    today: date = field(default_factory=date.today)


class LetterKind:
    """Base of every kind module. Subclasses set ``id`` and implement ``prepare``/``build``."""

    id: str = ""

    @property
    def wording(self) -> dict[str, Any]:
        return load_wording(self.id)

    @property
    def common(self) -> dict[str, Any]:
        return load_wording("common")

    @property
    def title(self) -> str:
        return str(self.wording["title"])

    @property
    def series_key(self) -> str:
        return f"letter_{self.id}"

    @property
    def series_pattern(self) -> str:
        return str(self.wording["series_pattern"])

    @property
    def specs(self) -> tuple[FieldSpec, ...]:
        return specs_for(self.id)

    def text(self, key: str, **values: Any) -> str:
        """The kind's template ``key`` (falling back to common.json) filled with ``values``."""
        templates = self.wording.get("text", {})
        template = templates.get(key, self.common["text"].get(key))
        if template is None:
            raise KeyError(f"no wording template {key!r} for {self.id}")
        return fill(template, values)

    def info(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "description": self.wording.get("description", ""),
            "series_key": self.series_key,
            "series_pattern": self.series_pattern,
            "fields": flatten_specs(self.specs),
        }

    def validate(self, data: Any, profile: Mapping[str, Any]) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise ValidationError("data", "输入数据必须是 JSON 对象")
        values = validate_fields(self.specs, data, profile)
        self.check(values)
        return values

    def check(self, values: dict[str, Any]) -> None:
        """Cross-field checks of one kind (override)."""

    def prepare(self, values: dict[str, Any], env: Env) -> Prepared:  # pragma: no cover
        raise NotImplementedError

    def build(self, prep: Prepared, number: str | None, env: Env) -> Document:  # pragma: no cover
        raise NotImplementedError

    def sample(self) -> dict[str, Any]:
        return json.loads(json.dumps(self.wording["sample"]))

    # -- shared pieces --------------------------------------------------------------------
    def letter_date(self, values: Mapping[str, Any], env: Env) -> date:
        return values.get("date") or env.today

    @staticmethod
    def require_deadline(values: Mapping[str, Any], what: str = "付款期限") -> None:
        """Exactly one of ``deadline`` (a date) and ``deadline_days`` (days from receipt)."""
        if values.get("deadline") and values.get("deadline_days"):
            raise ValidationError("deadline", f"{what}（日期）与收函后天数只能填写一项")
        if not values.get("deadline") and not values.get("deadline_days"):
            raise ValidationError("deadline", f"请填写{what}（日期）或收函后天数（deadline_days）")

    @staticmethod
    def check_deadline_after(values: Mapping[str, Any], letter_date: date) -> None:
        deadline = values.get("deadline")
        if deadline and deadline < letter_date:
            raise ValidationError("deadline", f"期限 {format_date_cn(deadline)} 早于落款日期"
                                              f" {format_date_cn(letter_date)}")

    def deadline_text(self, values: Mapping[str, Any]) -> str:
        if values.get("deadline"):
            return self.text("deadline_date", date=format_date_cn(values["deadline"]))
        return self.text("deadline_days", days=values["deadline_days"])

    def id_part(self, party: Mapping[str, Any] | None) -> str:
        """（证件号码：110***********1234）— never the full number (DOMAIN.md §7)."""
        from desktop_app.domain.masking import mask_id

        if not party or not party.get("id_number"):
            return ""
        return self.text("id_part", id_masked=mask_id(party["id_number"]))

    def account_blocks(self, pay_to: Mapping[str, Any]) -> list[Block]:
        return [Paragraph(self.text(key, **pay_to), indent=True) for key in
                ("account_name", "account_bank", "account_number")]

    def ack_slip(self, paragraphs: Sequence[str]) -> AckSlip:
        """The 回执: our paragraphs, the note on the signer's role, then the lines to sign.

        Field labels stay short: the renderers put each on one line beside a rule.
        """
        return AckSlip(
            title=self.text("ack_title"),
            paragraphs=(*paragraphs, self.text("ack_role_note")),
            fields=(self.text("ack_signer"), self.text("ack_role"), self.text("ack_date")),
            cut_label=self.text("ack_cut"),
        )

    def promise_date(self, values: Mapping[str, Any]) -> str:
        """The pay-by date on a slip: the letter's deadline date, else a blank to fill in."""
        if values.get("deadline"):
            return format_date_cn(values["deadline"])
        return self.text("blank_date")

    # -- shared blocks --------------------------------------------------------------------
    def new_document(self, prep: Prepared, number: str | None, env: Env,
                     title: str | None = None) -> Document:
        v = prep.values
        creditor = v.get("creditor") or {}
        doc = Document(kind=self.id, title=title or self.title, number=number,
                       preset=v.get("preset") or "business", author=creditor.get("name") or "")
        if v.get("letterhead", True) and creditor.get("name"):
            lines = tuple(x for x in (
                self.text("letterhead_address", address=creditor["address"])
                if creditor.get("address") else "",
                self.text("letterhead_phone", phone=creditor["phone"])
                if creditor.get("phone") else "",
            ) if x)
            doc.add(Letterhead(creditor["name"], lines, _existing(env.profile.get("logo_path"))))
        doc.add(Title(title or self.title), NumberLine(number or UNNUMBERED))
        return doc

    def closing(self, prep: Prepared, env: Env, *, contact: bool = True) -> list[Block]:
        """Extra text, contact line and the sender's signature block with the letter date."""
        v = prep.values
        blocks: list[Block] = []
        if v.get("extra_text"):
            for part in str(v["extra_text"]).splitlines():
                if part.strip():
                    blocks.append(Paragraph(part.strip()))
        c = v.get("contact") or {}
        if contact and (c.get("name") or c.get("phone")):
            blocks.append(Paragraph(self.text(
                "contact_line", contact_name=c.get("name") or "", contact_phone=c.get("phone") or ""
            )))
        creditor = v.get("creditor") or {}
        blocks.append(Signature(
            sender=creditor.get("name") or "", date_text=format_date_cn(prep.letter_date),
            seal_image=_existing(env.profile.get("seal_path")),
        ))
        return blocks


def _existing(path: Any) -> str | None:
    from pathlib import Path

    if path and Path(str(path)).is_file():
        return str(path)
    return None


# -- small formatting helpers ----------------------------------------------------------------
def money(d: Decimal) -> str:
    """¥1,409.50 — ¥ directly before the figures, thousands separators, two decimals."""
    return f"¥{format_amount(d)}"


def words(d: Decimal) -> str:
    return amount_in_words(d)


def cn_date(d: date | None) -> str:
    return format_date_cn(d) if d else ""


def book_title(name: str) -> str:
    """《合同名》 unless the user already typed the brackets."""
    name = name.strip()
    return name if name.startswith("《") else f"《{name}》"


def add_months(d: date, months: int) -> date:
    """Calendar months later (month end clamps: 8月31日 + 6 months → 2月28/29日)."""
    import calendar

    month0 = d.month - 1 + months
    year, month = d.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


LIMITATION_YEARS = 3  # 民法典 188
LIMITATION_FLAG_MONTHS = 30  # DOMAIN.md §3: flag claims whose clock is past 2.5 years


def limitation_warnings(claims: Sequence[tuple[str, str, date]], letter_date: date) -> list[dict]:
    """Warn for claims (field, label, due date) whose 3-year clock is past 2.5 years.

    The clock runs from the due date (民法典 188; instalments from the last one, 189) and
    restarts with a demand that arrives or the debtor's acknowledgement (195) — the program
    cannot know about earlier demands, so this is a prompt to check, not a verdict.
    """
    out: list[dict] = []
    for path, label, due in claims:
        if add_months(due, LIMITATION_FLAG_MONTHS) > letter_date:
            continue
        past = add_months(due, 12 * LIMITATION_YEARS) <= letter_date
        code = "LIMITATION_PASSED" if past else "LIMITATION_NEAR"
        why = ("已超过三年；如期间没有催告送达或对方确认等中断事由，诉讼时效可能已届满"
               "（民法典第一百八十八条、第一百九十五条）。债务人在催款通知上签字或盖章确认的，"
               "视为对原债务的重新确认（法释〔1999〕7号）"
               if past else
               "已超过两年半，三年诉讼时效（民法典第一百八十八条）即将届满；请尽快送达催告并保存"
               "送达凭证，催告到达即中断时效（第一百九十五条）")
        out.append({"code": code, "field": path,
                    "message": f"{path}：{label}应付日为{format_date_cn(due)}，距本函日期{why}"})
    return out
