"""Masking of ID numbers and bank accounts."""

from __future__ import annotations

from desktop_app.domain.masking import mask_account, mask_id


def test_mask_id_keeps_first_three_and_last_four() -> None:
    assert mask_id("110101199001011234") == "110***********1234"
    assert mask_id("11010119900101123X") == "110***********123X"
    assert len(mask_id("110101199001011234")) == 18


def test_mask_id_short_values_keep_only_last_two() -> None:
    assert mask_id("1234567") == "*****67"
    assert mask_id("12") == "**"
    assert mask_id("") == ""


def test_mask_id_drops_spaces() -> None:
    assert mask_id(" 110101 19900101 1234 ") == "110***********1234"


def test_mask_account_keeps_last_four() -> None:
    assert mask_account("6222 0200 1234 5678") == "************5678"
    assert mask_account("62220200123456789") == "*************6789"
    assert mask_account("1234") == "****"
    assert mask_account("") == ""
