"""How the letter words the rate: agreed rates are "agreed", LPR rates are not; a daily amount
that will change (staged clause, floating LPR) is printed as the current one."""

from __future__ import annotations

from pathlib import Path

from desktop_app.services.context import open_context
from desktop_app.services.letters import build_letter, sample_data


def _text(tmp_path: Path, rate: dict) -> str:
    data = sample_data("payment_demand")
    data["rate"] = rate
    doc, _ = build_letter("payment_demand", data, "〔2026〕催字第001号", open_context(tmp_path))
    return "\n".join(text for _, text in doc.texts())


def test_daily_rate_is_the_agreed_one_and_per_day_is_fixed(tmp_path: Path) -> None:
    text = _text(tmp_path, {"type": "daily", "value": "0.0003"})
    assert "按合同约定的日万分之三计算" in text
    assert "违约金按每日人民币90.00元继续累计" in text
    assert "现行标准" not in text


def test_lpr_rate_is_not_called_agreed(tmp_path: Path) -> None:
    text = _text(tmp_path, {"type": "lpr", "multiplier": "1.5", "mode": "fixed"})
    assert "按合同约定的LPR" not in text and "按LPR" in text
    assert "现行标准" not in text  # fixed at breach: the daily amount does not move


def test_floating_lpr_and_staged_rates_print_the_current_daily_amount(tmp_path: Path) -> None:
    for rate in ({"type": "lpr", "multiplier": "1.5", "mode": "floating"},
                 {"type": "staged", "stages": [{"days": "300", "daily": "0.0003"},
                                               {"daily": "0.0005"}]}):
        text = _text(tmp_path / rate["type"], rate)
        assert "违约金按现行标准（目前每日人民币" in text, rate
        assert "自调整之日起按调整后的标准计算" in text
