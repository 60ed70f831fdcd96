"""The command-line error contract: exit 2, one line on stderr naming the field, no traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop_app import __version__


def run(*args: str, home: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, LETTERDESK_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], input=stdin,
                          capture_output=True, text=True, env=env, timeout=120)


def test_version(home: Path) -> None:
    r = run("--version", home=home)
    assert r.returncode == 0 and r.stdout.strip() == f"LetterDesk {__version__}"


def test_unknown_subcommand_is_usage_error_in_one_line(home: Path) -> None:
    r = run("receipt", "burn", home=home)
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1 and "burn" in r.stderr


def test_bad_json_names_the_file_problem(home: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    r = run("profile", "set", "--data", str(bad), home=home)
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "JSON" in r.stderr and "Traceback" not in r.stderr


def test_profile_set_and_show_round_trip(home: Path, tmp_path: Path) -> None:
    data = tmp_path / "p.json"
    data.write_text(json.dumps({"name": "某某物业有限公司", "bank_account": "6222020200112233445",
                                "phone": "010-12345678"}, ensure_ascii=False), encoding="utf-8")
    assert run("profile", "set", "--data", str(data), home=home).returncode == 0
    shown = json.loads(run("profile", "show", home=home).stdout)
    assert shown["name"] == "某某物业有限公司" and shown["is_sample"] is False
    assert shown["bank_account"].endswith("3445") and "0200112233" not in shown["bank_account"]


def test_profile_missing_name_names_the_field(home: Path, tmp_path: Path) -> None:
    data = tmp_path / "p.json"
    data.write_text(json.dumps({"address": "x"}), encoding="utf-8")
    r = run("profile", "set", "--data", str(data), home=home)
    assert r.returncode == 2 and r.stderr.startswith("letterdesk: error: name:")


def test_profile_show_is_sample_before_first_start(home: Path) -> None:
    shown = json.loads(run("profile", "show", home=home).stdout)
    assert shown["is_sample"] is True and shown["name"]


def test_series_pattern_set_and_bad_pattern(home: Path) -> None:
    ok = run("series", "set", "receipt_general", "NO.{year}{seq:04d}", home=home)
    assert ok.returncode == 0
    listed = json.loads(run("series", "list", home=home).stdout)
    assert {"key": "receipt_general", "pattern": "NO.{year}{seq:04d}", "reset_yearly": True} in listed
    bad = run("series", "set", "receipt_general", "NO.{year}", home=home)
    assert bad.returncode == 2 and "series.receipt_general" in bad.stderr


def test_store_lives_in_home(home: Path) -> None:
    run("series", "list", home=home)
    assert (home / "letterdesk.sqlite3").exists() and (home / "logs").is_dir()


def test_first_change_of_the_day_backs_up_the_store_once(home: Path, tmp_path: Path) -> None:
    data = tmp_path / "r.json"
    data.write_text(json.dumps({"series": "general", "payer": {"name": "王五"}, "purpose": "定金",
                                "amount": "5.00", "method": "cash", "date": "2026-11-28"},
                               ensure_ascii=False), encoding="utf-8")
    run("series", "list", home=home)  # reading does not back up
    assert not list(home.glob("backups/*.sqlite3"))
    for _ in range(2):
        assert run("receipt", "issue", "--data", str(data), "--out", str(tmp_path / "o"),
                   home=home).returncode == 0
    assert len(list((home / "backups").glob("letterdesk-*-start.sqlite3"))) == 1


def test_unknown_number_and_unknown_kind_name_their_field(home: Path, tmp_path: Path) -> None:
    r = run("receipt", "void", "NOPE-1", "--reason", "x", home=home)
    assert r.returncode == 2 and r.stderr.startswith("letterdesk: error: number:")
    r = run("ledger", "export", "--out", str(tmp_path / "x.xlsx"), "--kind", "bogus", home=home)
    assert r.returncode == 2 and r.stderr.startswith("letterdesk: error: --kind:")
    assert not (tmp_path / "x.xlsx").exists()


def test_bad_input_creates_no_output_folder_and_names_state_errors(home: Path, tmp_path: Path) -> None:
    bad = tmp_path / "r.json"
    bad.write_text(json.dumps({"series": "general", "payer": {"name": "王五"}, "purpose": "定金",
                               "amount": "-5", "method": "cash"}, ensure_ascii=False),
                   encoding="utf-8")
    out = tmp_path / "never"
    r = run("receipt", "issue", "--data", str(bad), "--out", str(out), home=home)
    assert r.returncode == 2 and r.stderr.startswith("letterdesk: error: amount:")
    assert not out.exists()
    good = tmp_path / "g.json"
    good.write_text(json.dumps({"series": "general", "payer": {"name": "王五"}, "purpose": "定金",
                                "amount": "5", "method": "cash"}, ensure_ascii=False),
                    encoding="utf-8")
    number = json.loads(run("receipt", "issue", "--data", str(good), "--out", str(out),
                            home=home).stdout)["number"]
    assert run("receipt", "void", number, "--reason", "错", home=home).returncode == 0
    again = run("receipt", "void", number, "--reason", "错", home=home)
    assert again.returncode == 2 and again.stderr.startswith("letterdesk: error: number:")


def test_series_set_refuses_unknown_keys_and_path_characters(home: Path) -> None:
    r = run("series", "set", "bogus_key", "QQ-{seq}", home=home)
    assert r.returncode == 2 and r.stderr.startswith("letterdesk: error: key:")
    r = run("series", "set", "receipt_general", "../{seq}", home=home)
    assert r.returncode == 2 and "/" in r.stderr
    keys = {s["key"] for s in json.loads(run("series", "list", home=home).stdout)}
    assert {"receipt_general", "receipt_deposit", "certificate", "deposit_refund",
            "letter_payment_demand"} <= keys and "bogus_key" not in keys


def test_issuing_on_the_sample_profile_warns_until_a_profile_is_set(home: Path, tmp_path: Path) -> None:
    data = tmp_path / "r.json"
    data.write_text(json.dumps({"series": "general", "payer": {"name": "王五"}, "purpose": "定金",
                                "amount": "5", "method": "cash"}, ensure_ascii=False),
                    encoding="utf-8")
    first = run("receipt", "issue", "--data", str(data), "--out", str(tmp_path / "o"), home=home)
    assert [w["code"] for w in json.loads(first.stdout)["warnings"]] == ["SAMPLE_PROFILE"]
    profile = tmp_path / "p.json"
    profile.write_text(json.dumps({"name": "某某物业有限公司"}, ensure_ascii=False), encoding="utf-8")
    assert run("profile", "set", "--data", str(profile), home=home).returncode == 0
    second = run("receipt", "issue", "--data", str(data), "--out", str(tmp_path / "o"), home=home)
    assert json.loads(second.stdout)["warnings"] == []


def test_lpr_list_shows_as_of_date_and_last_fixing(home: Path) -> None:
    shown = json.loads(run("lpr", "list", home=home).stdout)
    assert shown["as_of"] == "2026-09-20"  # DOMAIN.md: confirmed through the 2026-09-20 fixing
    assert shown["last_fixing"] >= shown["entries"][-1]["from"] == "2025-05-20"
    assert {"from": "2019-08-20", "1y": "4.25", "5y": "4.85"}.items() <= shown["entries"][
        [e["from"] for e in shown["entries"]].index("2019-08-20")].items()
