"""Red-line check of letter wording (DOMAIN.md §7): warn, never block.

Collection letters must state facts, amounts, the clause relied on and lawful next steps
("将依法通过诉讼/仲裁解决并主张违约金及实现债权的费用"). They must not threaten, invent legal
consequences or authority, shame the debtor before third parties, insult, charge fees without
a contractual basis, or press the debtor to borrow (个人信息保护法; 民法典 1024 on reputation;
治安管理处罚法 42 on threats; the debt-collection rules banks and collection agencies follow).

``check_wording(field, text)`` returns one warning per hit:
``{"code", "field", "phrase", "message"}``. The text is normalised (NFKC, no whitespace) first,
so "老 赖" or full-width variants are caught too. The check is a list of phrases and short
patterns, deliberately conservative: a hit is a prompt for the user to re-read, not a verdict.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["RULES", "WordingRule", "check_wording", "normalise"]


@dataclass(frozen=True)
class WordingRule:
    code: str
    pattern: re.Pattern[str]
    why: str


def _rule(code: str, patterns: list[str], why: str) -> WordingRule:
    return WordingRule(code, re.compile("|".join(f"(?:{p})" for p in patterns)), why)


# Ordered: the first rule that matches a span reports it.
RULES: tuple[WordingRule, ...] = (
    _rule(
        "WORDING_THREAT",
        [r"弄死", r"打断", r"砍死", r"砍你", r"要你好看", r"让你好看", r"走着瞧", r"后果自负",
         r"人身安全", r"家人(?:的)?安全", r"上门(?:讨|催|堵|找)", r"暴力", r"不得安宁"],
        "带有威胁或恐吓意味；催收函只应陈述事实、金额和依法可采取的措施",
    ),
    _rule(
        "WORDING_FAKE_AUTHORITY",
        [r"传票", r"立案", r"拘留", r"坐牢", r"判刑", r"刑事责任", r"逮捕", r"公安", r"报警",
         r"失信(?:被执行人)?名单", r"失信被执行人", r"老赖名单", r"黑名单", r"上征信",
         r"(?:纳入|计入|影响|记入)(?:个人)?征信", r"征信(?:记录|污点|黑)", r"冻结", r"查封",
         r"扣押", r"强制执行", r"律师函"],
        "可能构成虚假的法律后果或冒用权威：传票、立案、拘留、失信名单、征信、冻结/查封等只能由"
        "法院或有关机关依法作出；律师函只能由律师发出。如确有法院裁定或律师授权，请如实写明出处",
    ),
    _rule(
        "WORDING_THIRD_PARTY",
        [r"(?:通知|告知|联系|找|告诉|通报)(?:您|你|贵方|其)?(?:的)?"
         r"(?:工作)?(?:单位|亲友|亲属|家人|家属|朋友|同事|领导|邻居|村委|居委|通讯录)",
         r"亲友", r"张贴", r"曝光", r"朋友圈", r"公之于众", r"公开(?:您|你|贵方)?的?(?:姓名|身份|欠款)",
         r"媒体", r"通讯录"],
        "向第三方披露或公开羞辱债务人，侵犯名誉权和个人信息（民法典第一千零二十四条、个人信息保护法）",
    ),
    _rule(
        "WORDING_INSULT",
        [r"老赖", r"骗子", r"无赖", r"赖账", r"赖皮", r"人渣", r"不要脸", r"无耻", r"垃圾",
         r"败类", r"混蛋", r"王八"],
        "侮辱性称呼；请改用中性的事实陈述",
    ),
    _rule(
        "WORDING_FEE",
        [r"催收(?:服务)?费", r"上门(?:催收)?费", r"(?:催款|催收)(?:手续|服务)费", r"误工费"],
        "收取费用须有合同约定或法律依据；可写“实现债权的费用”，并注明合同条款",
    ),
    _rule(
        "WORDING_BORROW",
        [r"借钱", r"去借", r"找人借", r"向(?:亲友|朋友|家人)借", r"网贷", r"以贷养贷", r"套现",
         r"信用卡(?:还|付|套)", r"借呗", r"花呗", r"高利贷", r"贷款(?:来)?(?:还|偿还|支付)"],
        "催促债务人借款还债属于不当施压；只写明应付金额和期限",
    ),
)


def normalise(text: str) -> str:
    """NFKC and no whitespace, so spacing or full-width forms do not hide a phrase."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def check_wording(field: str, text: str | None) -> list[dict[str, str]]:
    """Warnings for every red-line phrase in ``text`` (DOMAIN.md §7), in text order.

    Each warning: ``code`` (e.g. ``WORDING_INSULT``), ``field`` (as given), ``phrase`` (the
    matched words) and ``message`` (field, phrase and why, in Chinese). Never raises.
    """
    if not text:
        return []
    norm = normalise(str(text))
    hits: list[tuple[int, int, WordingRule, str]] = []
    taken: list[tuple[int, int]] = []
    for rule in RULES:
        for m in rule.pattern.finditer(norm):
            start, end = m.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            taken.append((start, end))
            hits.append((start, end, rule, m.group(0)))
    hits.sort(key=lambda h: h[0])
    seen: set[tuple[str, str]] = set()
    out: list[dict[str, str]] = []
    for _, _, rule, phrase in hits:
        if (rule.code, phrase) in seen:
            continue
        seen.add((rule.code, phrase))
        out.append({
            "code": rule.code,
            "field": field,
            "phrase": phrase,
            "message": f"{field}：含有“{phrase}”——{rule.why}",
        })
    return out
