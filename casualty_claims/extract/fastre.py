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


# --- required literals: skip a whole-text scan when none of a pattern's required words is in the text ---------------
# A scan of a whole document costs about 10 ns a character for each pattern, and most of the grammar's patterns cannot
# match most documents ("ombudsman", "Prosecutor General", "the first five months of"). Every match of such a pattern
# contains at least one of a few literal strings, derived from the parsed pattern; a substring test for them is done in
# C at memory speed, so a text holding none of them is not scanned at all. The matches are exactly those of the pattern.
_MIN_LITERAL = 3
_MAX_LITERALS = 60
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None))
_REQUIRED: dict[re.Pattern, tuple[frozenset[str], bool] | None] = {}
# The non-ASCII characters that the engine, ignoring case, takes for an ASCII letter: "İ" and dotless "ı" for "i", whose
# casefold() is no "i" (the long s and the Kelvin sign fold to "s" and "k", but are kept here for safety); a text holding
# one is always scanned. A test derives the set from the engine.
CASE_ODDITIES = "\u0130\u0131\u017f\u212a"


def _required_of_sequence(items, fold: bool) -> set[str] | None:
    """Strings of which every match of the sequence contains one, or None when none is known."""
    candidates, run = [], ""
    for op, av in items:
        if op is C.LITERAL:
            run += chr(av)
            continue
        if run:  # a run of literal characters is one required string
            candidates.append({run.casefold() if fold else run})
            run = ""
        if op is C.SUBPATTERN and not (av[1] or av[2]):
            inner = _required_of_sequence(av[3].data, fold)
        elif op is C.BRANCH:
            alternatives = [_required_of_sequence(a.data, fold) for a in av[1]]
            inner = None if any(a is None for a in alternatives) else set().union(*alternatives)
        elif op in _REPEATS and av[0] >= 1:
            inner = _required_of_sequence(av[2].data, fold)
        else:
            inner = None
        if inner:
            candidates.append(inner)
    if run:
        candidates.append({run.casefold() if fold else run})
    usable = [c for c in candidates if min(map(len, c)) >= _MIN_LITERAL and len(c) <= _MAX_LITERALS]
    # the rarest choice is the one whose shortest string is longest
    return max(usable, key=lambda c: (min(map(len, c)), -len(c))) if usable else None


def required(pattern: re.Pattern) -> tuple[frozenset[str], bool] | None:
    """(strings one of which every match contains, whether to compare them case-folded), or None."""
    if pattern not in _REQUIRED:
        source = ORIGINALS.get(pattern, pattern.pattern)
        try:
            parsed = P.parse(source, pattern.flags)
            fold = bool(parsed.state.flags & re.IGNORECASE)
            found = _required_of_sequence(parsed.data, fold)
            if fold and found and not all(s.isascii() for s in found):
                found = None  # case-folded comparison is kept to ASCII strings, where CASE_ODDITIES are all the exceptions
        except (re.error, TypeError, ValueError):
            found = None
        _REQUIRED[pattern] = (frozenset(found), fold) if found else None
    return _REQUIRED[pattern]


_LAST_TEXT: tuple = (None, False)  # the last text scanned, and whether it holds a character casefold() reads oddly


def finditer(pattern: re.Pattern, text: str, folded: str | None = None):
    """pattern.finditer(text), skipping the scan when the text holds none of the pattern's required strings.
    `folded` is text.casefold(), for callers that scan one text with many patterns."""
    need = _REQUIRED[pattern] if pattern in _REQUIRED else required(pattern)
    if need is not None:
        strings, fold = need
        if fold:
            global _LAST_TEXT
            last = _LAST_TEXT  # (one read: a tuple swapped whole is safe across threads)
            if last[0] is not text:  # (one text is scanned with many patterns in a row)
                last = _LAST_TEXT = (text, any(map(text.__contains__, CASE_ODDITIES)))
            if last[1]:
                return pattern.finditer(text)
            haystack = folded if folded is not None else text.casefold()
        else:
            haystack = text
        if not any(map(haystack.__contains__, strings)):
            return iter(())
    return pattern.finditer(text)


# --- pruned alternation: a long list of names scanned with only the names the text can hold -------------------------
# An alias pattern is one alternation of some eighty names and titles ("\bLubinets\b|\bmayors?\b|..."); many of them
# begin with a lower-case letter, so the first-character filter above lets most positions through, and the engine then
# tries every alternative there. An alternative whose required strings are not in the text cannot match anywhere in
# it; dropping those, in their order, leaves a pattern whose matches on that text are exactly the full pattern's.
_ALTERNATIVES: dict[re.Pattern, tuple[list[str], list[frozenset[str] | None], bool] | None] = {}
_PRUNED: dict[tuple, re.Pattern] = {}
_MAX_PRUNED = 4096
_WEAK_FILTER = 8  # lower-case letters in a first-character class that let most positions of a text through


def _top_level_alternatives(source: str) -> list[str]:
    """`source` split at its top-level "|" (none inside groups, classes or escapes)."""
    parts, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 2 if source.startswith("[^", i) else 1
            if source.startswith("]", i):
                i += 1  # ("[]...]", "[^]...]": a leading "]" is a member)
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


def _alternatives(pattern: re.Pattern):
    if pattern not in _ALTERNATIVES:
        source = ORIGINALS.get(pattern, pattern.pattern)
        found = None
        parts = _top_level_alternatives(source)
        # (only where the first-character filter is weak: the substring tests cost more than they save where it is strong)
        first = first_class(source, pattern.flags) or "[a-z]"
        weak = first == "[a-z]" or sum(c.islower() for c in first) >= _WEAK_FILTER
        if weak and len(parts) > 8 and not pattern.groupindex and pattern.groups == 0:
            try:
                fold = bool(P.parse(source, pattern.flags).state.flags & re.IGNORECASE)
                needs = []
                for part in parts:
                    need = _required_of_sequence(P.parse(part, pattern.flags).data, fold)
                    needs.append(frozenset(need) if need and (not fold or all(s.isascii() for s in need)) else None)
                found = (parts, needs, fold)
            except (re.error, TypeError, ValueError):
                found = None
        _ALTERNATIVES[pattern] = found
    return _ALTERNATIVES[pattern]


def finditer_pruned(pattern: re.Pattern, text: str, folded: str | None = None):
    """finditer(pattern, text, folded), with the alternatives that cannot match `text` left out of the scan.
    (Only for patterns with no groups: a pruned pattern numbers its groups differently.)"""
    split = _alternatives(pattern)
    if split is None:
        return finditer(pattern, text, folded)
    parts, needs, fold = split
    if fold and any(map(text.__contains__, CASE_ODDITIES)):
        return pattern.finditer(text)
    haystack = (folded if folded is not None else text.casefold()) if fold else text
    keep = tuple(i for i, need in enumerate(needs) if need is None or any(map(haystack.__contains__, need)))
    if not keep:
        return iter(())
    if len(keep) == len(parts):
        return pattern.finditer(text)
    key = (pattern, keep)
    pruned = _PRUNED.get(key)
    if pruned is None:
        if len(_PRUNED) >= _MAX_PRUNED:
            _PRUNED.clear()
        pruned = _PRUNED[key] = compile("|".join(parts[i] for i in keep), pattern.flags)
    return pruned.finditer(text)
