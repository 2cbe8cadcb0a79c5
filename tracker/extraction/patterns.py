"""Regex building blocks shared by the grammars."""
from __future__ import annotations

import re


def trie_pattern(words: list[str]) -> str:
    """One regex for many literal phrases, shared prefixes merged: a plain alternation of a few
    hundred phrases tries each of them at every position and is far too slow to run on every
    clause. Greedy, so the longest phrase wins; it matches the same strings as the alternation."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_pattern(trie)


def _node_pattern(node: dict) -> str:
    end = "" in node
    branches = [re.escape(char) + _node_pattern(child) for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
    return body
