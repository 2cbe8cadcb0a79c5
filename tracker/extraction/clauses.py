"""Clause boundaries inside a sentence, and where the words that belong to a number begin.

A clause ends at a comma or a colon outside parentheses; a parenthesis inside a clause
(达到985.2亿元) is a group of its own that speaks of the figure before it. Numbers joined only by
、 or 和 (6.8%、6.6%) form one run that shares a subject phrase and a predicate.
"""
from __future__ import annotations

import re

from .numbers import Quantity
from .qualifiers import read_post_qualifier

_CLAUSE_BREAKS = ",:"
_CLAUSE_MARKS = re.compile(r"[(),:]")
_RUN_JOINERS = ("、", "和", "及", "与")


def split_clauses(text: str, start: int, end: int) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """(start, end, parenthesised groups) of each clause; commas inside parentheses do not split."""
    clauses = []
    depth, clause_start, group_start = 0, start, -1
    groups: list[tuple[int, int]] = []
    for mark in _CLAUSE_MARKS.finditer(text, start, end):
        pos, char = mark.start(), mark.group(0)
        if char == "(":
            depth += 1
            if depth == 1:
                group_start = pos + 1
        elif char == ")" and depth:
            depth -= 1
            if depth == 0:
                groups.append((group_start, pos))
        elif char in _CLAUSE_BREAKS and depth == 0:
            if pos > clause_start:
                clauses.append((clause_start, pos, groups))
            clause_start, groups = pos + 1, []
    if depth:
        groups.append((group_start, end))
    if end > clause_start:
        clauses.append((clause_start, end, groups))
    return clauses


def value_run(text: str, quantities: list[Quantity], index: int) -> list[Quantity]:
    """Numbers joined only by 、/和 (6.8%、6.6%) share one subject phrase and predicate."""
    run = [quantities[index]]
    for following in quantities[index + 1:]:
        gap_start = read_post_qualifier(text, run[-1].end)[1]
        if text[gap_start:following.start] not in _RUN_JOINERS:
            break
        run.append(following)
    return run


def segment_start(text: str, start: int, number_start: int, groups, *, first_in_clause: bool) -> int:
    """Where the words that belong to a number begin: after the previous figure, a closed
    parenthesis and, unless the number is the clause's first, after the last 、."""
    for _, group_end in groups:
        if start <= group_end < number_start:
            start = group_end + 1
    if not first_in_clause:
        last = text.rfind("、", start, number_start)
        start = max(start, last + 1)
    return start


def quote_start(text: str, start: int, limit: int) -> int:
    while start < limit and text[start] in "、—-":
        start += 1
    return start
