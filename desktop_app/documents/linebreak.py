"""Chinese line breaking for reportlab paragraphs (``wordWrap='CJK'``).

Rules (GB/T 15834 practice, DOMAIN.md section 6):

* no full-width closing punctuation (，。、；：！？）》」』】…％ ” ’ …) at the start of a line;
* no opening bracket or quote (（《「『【“‘〔) at the end of a line;
* no hanging punctuation (a line never runs past its width — table cells have borders): a
  closing mark that does not fit takes the preceding character down with it, also when
  several follow each other (``。”`` ``……`` ``）。``);
* a run of Latin letters/digits (``INV-2026-001``, ``1,234.50``) is not cut in the middle when
  a break point before it keeps the line at least half full, by characters or by width
  (``RUN_MIN_FILL``; Latin characters are narrow: a contract number starting at 56 % of
  the line's width used to be cut as "GH-2025-01" | "7"); a run that cannot move down is
  cut after a hyphen or slash inside it when it has one ("GH-2025-" | "017").

``min_unbreakable_width`` gives the widest piece of a text that these rules never break (a
number, a date, "（天）"): table columns are made at least that wide (``render_pdf``).

reportlab keeps its no-line-start list in two places: ``reportlab.lib.textsplit`` (used via
``wordSplit``/``dumbSplit`` for single-fragment paragraphs) and ``reportlab.platypus.paragraph``
(imported copy, used by ``cjkFragSplit`` for multi-fragment paragraphs). Both lists are
extended, and both splitters are replaced by one implementation of the rules above, because
reportlab's own algorithm hangs one mark past the line's width and ignores the no-line-end
list.

Justified CJK lines (no spaces to stretch) are justified with character spacing.

``install_cjk_linebreak()`` is idempotent; ``render_pdf`` calls it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Sequence
from contextlib import contextmanager
from typing import Any

from reportlab.lib import textsplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.rl_config import _FUZZ

# Closing punctuation and marks that must not begin a line.
CJK_CANNOT_START = (
    "，。、；：！？）》」』】〕〗〙〉］｝…％‰”’·—～℃．,.;:!?)]}%"
    "\uff09\u3011\u3015\u300d\u300f\u3009\u300b\uff0c\uff0e\uff1a\uff1b\uff01\uff1f"
)
# Opening brackets and quotes that must not end a line.
CJK_CANNOT_END = "（《「『【“‘〔〖〘〈［｛([{\uff08\u3010\u3014\u300c\u300e\u3008\u300a\u201c\u2018"

# Justify by character spacing only up to this fraction of an em between characters; a line
# shortened more (a long Latin word moved down) stays ragged rather than letter-spaced.
MAX_JUSTIFY_CHAR_SPACE = 0.12
# A Latin/digit run that does not fit moves down whole when the line before it stays at
# least this full (by width); otherwise it is cut where it overflows.
RUN_MIN_FILL = 0.5
# Inside a run that must be cut, cut after one of these rather than between two digits.
_RUN_BREAK_AFTER = "-/_"

_lock = threading.Lock()
_installed = False
_local = threading.local()  # .run_min_fill while laying out table cells


@contextmanager
def runs_move_freely():
    """Within this block (a table cell being laid out) a Latin/digit run that does not fit
    always moves down whole when a break before it exists, however short the line left
    behind: cells are narrow and ragged, and their columns are made as wide as their widest
    number (``render_pdf.table_layout``), so "发票" | "25440000001" rather than
    "发票25440000" | "001"."""
    before = getattr(_local, "run_min_fill", None)
    _local.run_min_fill = 0.0
    try:
        yield
    finally:
        _local.run_min_fill = before


def _merge(base: str, extra: str) -> str:
    out = base
    for ch in extra:
        if ch not in out:
            out += ch
    return out


_cached: tuple[frozenset[str], frozenset[str]] | None = None


def _tables() -> tuple[frozenset[str], frozenset[str]]:
    """(no line start, no line end) as sets, built once (the same sets before and after
    reportlab's lists are extended: they are reportlab's lists merged with ours)."""
    global _cached
    if _cached is None:
        _cached = (frozenset(cannot_start()), frozenset(cannot_end()))
    return _cached


def cannot_start() -> str:
    return _merge(textsplit.ALL_CANNOT_START, CJK_CANNOT_START)


def cannot_end() -> str:
    return _merge(textsplit.ALL_CANNOT_END, CJK_CANNOT_END)


def _is_word_char(ch: str) -> bool:
    return bool(ch) and ord(ch[0]) < 0x0250 and not ch.isspace()


def choose_break(
    chars: Sequence[str], start: int, k: int, no_start: Collection[str],
    no_end: Collection[str], limit: int | None = None,
) -> int:
    """End index (exclusive) of the line starting at ``start`` when ``chars[k]`` overflows.

    A Latin/digit run is kept whole when the line before it holds at least half of the
    line's characters or, ``limit`` given, ends at ``limit`` or later (``split_widths``
    passes the index that fills the line to ``RUN_MIN_FILL`` of its width)."""
    n = len(chars)

    def bad(i: int) -> bool:
        """A break before ``chars[i]`` starts a line with a closing mark or ends one with
        an opening bracket."""
        return (i < n and chars[i] in no_start) or (i > 0 and chars[i - 1] in no_end)

    if k <= start:
        return start + 1  # a single character wider than the line: keep making progress
    half = (start + k) // 2  # the run starts in the second half of the line's characters
    limit = max(half if limit is None else min(limit, half), start + 1)

    def before_run(i: int) -> int:
        """Do not cut a Latin word / number: a break at ``i`` inside such a run moves
        before the run when the run starts at or after ``limit``."""
        if i < n and _is_word_char(chars[i]) and _is_word_char(chars[i - 1]):
            for j in range(i - 1, limit - 1, -1):
                prev = chars[j - 1]
                if prev.isspace() or not _is_word_char(prev):
                    return j
            # The run cannot move down whole: break after a hyphen or slash inside it
            # ("GH-2025-" | "017") rather than between two digits.
            for j in range(i, limit - 1, -1):
                if chars[j - 1] in _RUN_BREAK_AFTER and _is_word_char(chars[j]):
                    return j
        return i

    def legal(i: int) -> int:
        """The nearest break at or before ``i`` that breaks no rule (-1: none)."""
        while i > start + 1 and bad(i):
            i -= 1
        return -1 if bad(i) else i

    # No hanging punctuation: a line never runs past its width (table cells have borders).
    # A closing mark that does not fit takes the preceding character down with it.
    end = before_run(k)
    candidate = legal(end)
    if candidate < 0:
        return end  # no legal break on this line at all: cut where it overflows
    # The character pulled down may be the end of a number ("3-1-513、"): the same word
    # rule applies to that break.
    moved = before_run(candidate)
    if moved != candidate:
        moved = legal(moved)
        if moved > start:
            return moved
    return candidate


def _max_widths(max_widths: Sequence[float]) -> Callable[[int], float]:
    last = max_widths[-1]
    count = len(max_widths)
    return lambda idx: max_widths[idx] if idx < count else last


def _fill_index(widths: Sequence[float], start: int, stop: int, fill: float) -> int:
    """The first index ``j`` (``start < j <= stop``) with ``widths[start:j]`` >= ``fill``."""
    total = 0.0
    for j in range(start, stop):
        total += widths[j]
        if total >= fill:
            return j + 1
    return stop


def min_unbreakable_width(text: str, widths: Sequence[float]) -> float:
    """Width of the widest piece of ``text`` that the line-breaking rules never break: a
    Latin/digit run (amount, date, ID, "GH-2025-017"), or characters bound together by the
    no-line-start / no-line-end rules ("（天）", "三。").  A box at least this wide (plus
    padding) lays the text out without a forced cut."""
    no_start, no_end = _tables()
    best = cur = 0.0
    prev = ""
    for ch, w in zip(text, widths, strict=True):
        if ch.isspace() or ch == "\n":
            best = max(best, cur)
            cur, prev = 0.0, ""
            continue
        if prev and not (ch in no_start or prev in no_end
                         or (_is_word_char(ch) and _is_word_char(prev))):
            best = max(best, cur)
            cur = 0.0
        cur += w
        prev = ch
    return max(best, cur)


def split_widths(
    chars: Sequence[str],
    widths: Sequence[float],
    max_widths: Sequence[float],
    is_forced_break: Callable[[int], bool] | None = None,
) -> list[tuple[int, int, float, float, bool]]:
    """Greedy line filling with the CJK rules: ``(start, end, used, extra, forced)`` per line."""
    no_start, no_end = _tables()
    lines: list[tuple[int, int, float, float, bool]] = []
    n = len(chars)
    start = i = 0
    used = 0.0
    width_of = _max_widths(max_widths)
    mw = width_of(0)
    fill: float | None = None
    while i < n:
        used += widths[i]
        i += 1
        if is_forced_break is not None and is_forced_break(i - 1):
            lines.append((start, i, used, mw - used, True))
            start, used = i, 0.0
            mw = width_of(len(lines))
            continue
        if used > mw + _FUZZ and used > 0:
            if fill is None:
                fill = getattr(_local, "run_min_fill", None)
                if fill is None:
                    fill = RUN_MIN_FILL
            limit = start + 1 if fill <= 0 else _fill_index(widths, start, i - 1, fill * mw)
            end = choose_break(chars, start, i - 1, no_start, no_end, limit)
            line_used = float(sum(widths[start:end]))
            lines.append((start, end, line_used, mw - line_used, False))
            start = i = end
            used = 0.0
            mw = width_of(len(lines))
    if start < n:
        line_used = float(sum(widths[start:n]))
        lines.append((start, n, line_used, mw - line_used, False))
    return lines


def dumb_split(word: str, widths: Sequence[float], maxWidths) -> list[list]:
    """Drop-in replacement for ``reportlab.lib.textsplit.dumbSplit``."""
    if not isinstance(maxWidths, (list, tuple)):
        maxWidths = [maxWidths]
    out: list[list] = []
    lines = split_widths(word, widths, maxWidths)
    for idx, (s, e, _used, extra, _forced) in enumerate(lines):
        text = word[s:e]
        # Spaces at a soft line end and at the start of a continued line are dropped; a
        # paragraph's own leading spaces (U+3000 indent) are kept.
        if idx < len(lines) - 1:
            text = text.rstrip()
        if idx > 0:
            text = text.lstrip()
        out.append([extra, text])
    return out


_width_tables: dict[tuple[str, float], dict[str, float]] = {}


def char_widths(text: str, font_name: str, font_size: float) -> list[float]:
    """``textsplit.getCharWidths`` with the widths remembered per font and size."""
    table = _width_tables.get((font_name, font_size))
    if table is None:
        table = _width_tables.setdefault((font_name, font_size), {})
    out = []
    for ch in text:
        w = table.get(ch)
        if w is None:
            w = table[ch] = stringWidth(ch, font_name, font_size)
        out.append(w)
    return out


def word_split(word, maxWidths, fontName, fontSize, encoding="utf8"):  # noqa: N803
    """Drop-in replacement for ``reportlab.lib.textsplit.wordSplit`` (single-fragment
    paragraphs): same result, character widths looked up once per font and size."""
    text = word.decode(encoding) if isinstance(word, bytes) else word
    lines = dumb_split(text, char_widths(text, fontName, fontSize), maxWidths)
    if isinstance(word, bytes):
        lines = [[extra, t.encode(encoding)] for extra, t in lines]
    return lines


def cjk_frag_split(frags, maxWidths, calcBounds, encoding="utf8"):
    """Drop-in replacement for ``reportlab.platypus.paragraph.cjkFragSplit``."""
    cjk_u = rl_paragraph.cjkU
    units: list[Any] = []
    for f in frags:
        text = f.text
        if isinstance(text, bytes):
            text = text.decode(encoding)
        if text:
            units.extend(cjk_u(t, f, encoding) for t in text)
        else:
            units.append(cjk_u(text, f, encoding))
    if not isinstance(maxWidths, (list, tuple)):
        maxWidths = [maxWidths]
    widths = []
    for u in units:
        w = u.width
        if hasattr(w, "normalizedValue"):
            w._normalizer = maxWidths[0]
            w = w.normalizedValue(maxWidths[0])
        widths.append(w)
    lines = split_widths(
        [str(u) for u in units], widths, maxWidths,
        is_forced_break=lambda i: hasattr(units[i].frag, "lineBreak"),
    )
    para_lines = []
    for idx, (s, e, used, extra, forced) in enumerate(lines):
        mw = maxWidths[idx] if idx < len(maxWidths) else maxWidths[-1]
        para_lines.append(
            rl_paragraph.makeCJKParaLine(units[s:e], mw, used, extra, forced, calcBounds)
        )
    return rl_paragraph.ParaLines(kind=1, lines=para_lines)


def _make_justify(original):
    def justify_draw_para_line(tx, offset, extraspace, words, last=0):
        """Justify CJK lines (no spaces) by spreading the extra space between characters."""
        text = " ".join(words)
        if (
            getattr(tx, "direction", None) == "CJK"
            and not last
            and len(text) > 1
            and " " not in text
            and abs(extraspace) > 1e-6
            and extraspace / (len(text) - 1) <= MAX_JUSTIFY_CHAR_SPACE * tx._fontsize
        ):
            rl_paragraph.setXPos(tx, offset)
            tx.setCharSpace(extraspace / (len(text) - 1))
            tx._textOut(text, 1)
            tx.setCharSpace(0)
            rl_paragraph.setXPos(tx, -offset)
            return offset
        return original(tx, offset, extraspace, words, last)

    justify_draw_para_line._letterdesk = True  # type: ignore[attr-defined]
    return justify_draw_para_line


def install_cjk_linebreak() -> None:
    """Extend reportlab's line-breaking tables and splitters (idempotent, thread-safe)."""
    global _installed
    with _lock:
        if _installed:
            return
        textsplit.ALL_CANNOT_START = cannot_start()
        rl_paragraph.ALL_CANNOT_START = textsplit.ALL_CANNOT_START
        textsplit.ALL_CANNOT_END = cannot_end()
        if hasattr(rl_paragraph, "ALL_CANNOT_END"):
            rl_paragraph.ALL_CANNOT_END = textsplit.ALL_CANNOT_END
        textsplit.dumbSplit = dumb_split
        textsplit.wordSplit = word_split
        rl_paragraph.wordSplit = word_split
        rl_paragraph.cjkFragSplit = cjk_frag_split
        if not getattr(rl_paragraph._justifyDrawParaLine, "_letterdesk", False):
            rl_paragraph._justifyDrawParaLine = _make_justify(rl_paragraph._justifyDrawParaLine)
        _installed = True


def is_installed() -> bool:
    return _installed
