"""Bytes as received (UTF-8, GB18030/GBK, Big5; plain text or an HTML page) to one text string.

Kept apart from normalisation so that the importer can store the text exactly as received and
report a clear reason when bytes are not a document at all.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup
from charset_normalizer import from_bytes

EMPTY_FILE = "the file is empty"
BINARY_FILE = "the file is binary data, not text"
UNDECODABLE = "the bytes are not valid UTF-8, GB18030/GBK or Big5 text"

# Encodings the reports actually come in; limiting detection to them avoids exotic guesses
# (cp1250, mac_roman…) on short texts.
CANDIDATE_ENCODINGS = ["utf_8", "gb18030", "big5"]
_HTML_START = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<meta|<div|<p[ >])", re.I)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "nav", "form")
_BLOCK_BREAKS = re.compile(r"\n\s*\n+")


class DecodeError(ValueError):
    """The bytes cannot be read as a text document; the message says why."""


@dataclass(frozen=True)
class DecodedDocument:
    text: str
    encoding: str
    was_html: bool


def decode_document(data: bytes, *, filename: str = "") -> DecodedDocument:
    if not data.strip():
        raise DecodeError(EMPTY_FILE)
    if _looks_binary(data):
        raise DecodeError(BINARY_FILE)
    text, encoding = _decode_text(data)
    was_html = filename.lower().endswith((".html", ".htm")) or bool(_HTML_START.match(data[:512]))
    if was_html:
        text = html_to_text(text)
    return DecodedDocument(text=text, encoding=encoding, was_html=was_html)


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(head) * 0.02


def _decode_text(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=CANDIDATE_ENCODINGS[1:]).best()
    if best is not None:
        text = str(best)
        if _CJK.search(text):
            return text, best.encoding
    for encoding in CANDIDATE_ENCODINGS[1:]:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise DecodeError(UNDECODABLE)


def html_to_text(html: str) -> str:
    """The visible text of a page, one block per line; scripts, styles and navigation dropped."""
    soup = BeautifulSoup(html, "lxml")
    for tag in soup(_DROP_TAGS):
        tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    text = soup.get_text("\n")
    lines = (line.strip() for line in text.splitlines())
    return _BLOCK_BREAKS.sub("\n\n", "\n".join(line for line in lines if line)).strip() + "\n"
