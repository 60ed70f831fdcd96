"""The firm profile (name, address, bank, contact, logo/seal) and numbering patterns."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.domain.errors import ValidationError
from desktop_app.services.context import PROFILE_FIELDS, AppContext

REQUIRED = ("name",)
LABELS = {
    "name": "单位名称", "address": "地址", "phone": "电话", "bank": "开户行",
    "bank_account_name": "户名", "bank_account": "银行账号", "contact": "联系人",
    "contact_phone": "联系电话", "logo_path": "标志图片", "seal_path": "印章图片",
}


def validate_profile(data: Any) -> dict[str, Any]:
    """Check a profile dict: known fields only, name required, images must exist."""
    if not isinstance(data, dict):
        raise ValidationError("profile", "单位资料必须是 JSON 对象")
    unknown = sorted(set(data) - set(PROFILE_FIELDS) - {"sample"})
    if unknown:
        raise ValidationError(unknown[0], f"未知字段（可用：{', '.join(PROFILE_FIELDS)}）")
    clean: dict[str, Any] = {}
    for key in PROFILE_FIELDS:
        value = data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if key in REQUIRED:
                raise ValidationError(key, f"{LABELS[key]}不能为空")
            clean[key] = None
            continue
        if not isinstance(value, str):
            raise ValidationError(key, f"{LABELS[key]}必须是文字")
        value = value.strip()
        if len(value) > 500:
            raise ValidationError(key, f"{LABELS[key]}过长（最多500字）")
        if key in ("logo_path", "seal_path"):
            path = Path(value).expanduser()
            if not path.is_file():
                raise ValidationError(key, f"找不到图片文件：{value}")
            if path.suffix.lower() not in (".png", ".jpg", ".jpeg"):
                raise ValidationError(key, "图片必须是 PNG 或 JPG")
            value = str(path.resolve())
        clean[key] = value
    return clean


def set_profile(ctx: AppContext, data: Any) -> dict[str, Any]:
    profile = validate_profile(data)
    ctx.store.set_profile(profile, operator=ctx.operator)
    return show_profile(ctx)


def show_profile(ctx: AppContext) -> dict[str, Any]:
    from desktop_app.domain.masking import mask_account

    profile = dict(ctx.profile)
    if profile.get("bank_account") and ctx.mask_personal_data():
        profile["bank_account"] = mask_account(profile["bank_account"])
    profile["is_sample"] = not ctx.has_profile
    return profile


def default_series() -> dict[str, str]:
    """Every numbering series the program issues from, with its default pattern."""
    from desktop_app.services.deposits import REFUND_SERIES
    from desktop_app.services.letters import kinds_info
    from desktop_app.services.receipts import CERTIFICATE_SERIES, SERIES

    series = {k["series_key"]: k["series_pattern"] for k in kinds_info()}
    series.update(dict(SERIES.values()))
    series.update(dict([CERTIFICATE_SERIES, REFUND_SERIES]))
    return series


def list_series(ctx: AppContext) -> list[dict[str, Any]]:
    """All series: the ones in use with their (possibly changed) patterns, then the rest with
    their defaults, so a user sees every key ``series set`` accepts."""
    stored = {s["key"]: s for s in ctx.store.list_series()}
    out = [{"key": key, "pattern": s["pattern"], "reset_yearly": bool(s["reset_yearly"])}
           for key, s in stored.items()]
    out += [{"key": key, "pattern": pattern, "reset_yearly": True}
            for key, pattern in sorted(default_series().items()) if key not in stored]
    return out


def set_series(ctx: AppContext, key: str, pattern: str) -> dict[str, Any]:
    known = default_series()
    if key not in known and key not in {s["key"] for s in ctx.store.list_series()}:
        raise ValidationError("key", f"未知的编号序列 {key!r}（可用：{'、'.join(sorted(known))}）")
    ctx.store.set_series_pattern(key, pattern)
    return {"key": key, "pattern": pattern}
