"""`compile`: re.compile, plus a first-character filter that makes scanning long texts cheaper.

Python's regex engine tries a pattern such as `\\b(?:said|says|claimed|...)` at every position
of the text, alternative by alternative. When every match must begin with one of a few known
characters, a leading lookahead `(?=[sScC...])` rejects the other positions with a single
class test. The lookahead is derived from the parsed pattern and is a superset of the
characters a match can begin with, so the matches are exactly those of the plain pattern
(tests/test_extractor.py checks this over every pattern of the grammar). Patterns whose
first character is open-ended (\\w, \\d, ., a negated class) are left as they are.
"""

import re
from re import _constants as C  # noqa: N812 - the engine's own opcode names
from re import _parser as P  # noqa: N812

_MAX_CLASS_ITEMS = 80
_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}
_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s", C.CATEGORY_NOT_SPACE: r"\S",
               C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}
# accelerated pattern -> the pattern as written; tests compare the two on real texts
ORIGINALS: dict[re.Pattern, str] = {}


def _first_of_sequence(items) -> tuple[set[str], bool] | None:
    """(character-class items a match of the sequence can begin with, whether it can match empty), or None if unknown."""
    chars: set[str] = set()
    for op, av in items:
        item = _first_of_item(op, av)
        if item is None:
            return None
        first, nullable = item
        chars |= first
        if not nullable:
            return chars, False
    return chars, True


def _first_of_item(op, av) -> tuple[set[str], bool] | None:
    if op in _ZERO_WIDTH:
        return set(), True
    if op is C.LITERAL:
        return {re.escape(chr(av))}, False
    if op is C.IN:
        items = set()
        for set_op, set_av in av:
            if set_op is C.LITERAL:
                items.add(re.escape(chr(set_av)))
            elif set_op is C.RANGE:
                items.add(re.escape(chr(set_av[0])) + "-" + re.escape(chr(set_av[1])))
            elif set_op is C.CATEGORY and set_av in _CATEGORIES:
                items.add(_CATEGORIES[set_av])
            else:
                return None  # negated sets and anything unusual
        return items, False
    if op is C.BRANCH:
        chars, nullable = set(), False
        for alternative in av[1]:
            first = _first_of_sequence(alternative.data)
            if first is None:
                return None
            chars |= first[0]
            nullable = nullable or first[1]
        return chars, nullable
    if op is C.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            return None  # inline flags such as (?-i:...) change how characters compare
        return _first_of_sequence(sub.data)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        low, _, sub = av
        first = _first_of_sequence(sub.data)
        if first is None:
            return None
        return first[0], low == 0 or first[1]
    return None  # ., back-references, negated literals: no known first character


def first_class(pattern: str, flags: int = 0) -> str | None:
    """A character class every match of `pattern` begins with ("[\\dSs]"), or None when there is no useful one."""
    try:
        first = _first_of_sequence(P.parse(pattern, flags).data)
    except (re.error, TypeError, ValueError):
        return None
    if first is None or first[1] or not first[0] or len(first[0]) > _MAX_CLASS_ITEMS:
        return None
    return "[" + "".join(sorted(first[0])) + "]"


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - a drop-in for re.compile
    first = first_class(pattern, flags)
    if first is None:
        return re.compile(pattern, flags)
    try:
        compiled = re.compile(f"(?={first})(?:{pattern})", flags)
    except re.error:  # e.g. a global inline flag, which must open the pattern
        return re.compile(pattern, flags)
    ORIGINALS[compiled] = pattern
    return compiled
