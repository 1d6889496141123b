"""Word windows and word-list searches the grammar uses around a number."""

import re

from casualty_claims.extract import fastre

WORD_RE = fastre.compile(r"\S+")


def words(text: str, n: int, from_end: bool = False) -> str:
    """The first (or last) n words of text, joined by single spaces."""
    # (str.split splits at exactly the characters \s matches, and stops after n: the windows are short, the texts long)
    if n <= 0:
        return " ".join(WORD_RE.findall(text)) if from_end else ""  # (as a slice [-0:] of all the words reads)
    return " ".join(text.rsplit(None, n)[-n:] if from_end else text.split(None, n)[:n])


_COMBINED: dict[int, tuple[re.Pattern, dict[str, str]]] = {}


def combined(res: list) -> tuple[re.Pattern, dict[str, str]]:
    """The word list as one alternation: a single scan finds the leftmost match, and at that position the first
    entry in list order, which is what searching entry by entry and keeping the leftmost gives."""
    key = id(res)
    if key not in _COMBINED:
        flags = {pattern.flags for pattern, _ in res}
        assert len(flags) == 1, "one alternation needs one set of flags"
        groups = {f"w{i}": name for i, (_, name) in enumerate(res)}
        _COMBINED[key] = (fastre.compile("|".join(f"(?P<w{i}>{pattern.pattern})" for i, (pattern, _) in enumerate(res)), flags.pop()), groups)
    return _COMBINED[key]


def first(res: list, text: str) -> tuple[str, re.Match] | None:
    pattern, groups = combined(res)
    m = pattern.search(text)
    return (groups[m.lastgroup], m) if m else None


def last(res: list, text: str) -> tuple[str, re.Match] | None:
    best = None
    for pattern, name in res:
        for m in pattern.finditer(text):
            if best is None or m.end() > best[1].end():
                best = (name, m)
    return best
