"""Bytes as received (UTF-8, GB18030/GBK, Big5, UTF-16/32; plain text or an HTML page) to one
text string.

Kept apart from normalisation so that the importer can store the text exactly as received and
report a clear reason when bytes are not a document at all.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from bs4 import BeautifulSoup
from charset_normalizer import from_bytes

EMPTY_FILE = "the file is empty"
BINARY_FILE = "the file is binary data, not text"
NUL_BYTES = BINARY_FILE + ": it holds NUL bytes, the first at byte {offset}"
UNDECODABLE = "the bytes are not valid UTF-8, GB18030/GBK, Big5 or UTF-16/32 text"

# Encodings the reports actually come in; limiting detection to them avoids exotic guesses
# (cp1250, mac_roman…) on short texts.
CANDIDATE_ENCODINGS = ["utf_8", "gb18030", "big5"]
_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<meta|<div|<p[ >])", re.I)
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
    wide = _decode_wide(data)
    if wide is None:
        if b"\x00" in data:
            raise DecodeError(NUL_BYTES.format(offset=data.index(b"\x00")))
        if _looks_binary(data):
            raise DecodeError(BINARY_FILE)
    text, encoding = wide or _decode_text(data)
    if not text.strip():
        raise DecodeError(EMPTY_FILE)
    was_html = filename.lower().endswith((".html", ".htm")) or bool(_HTML_START.match(text[:512]))
    if was_html:
        text = html_to_text(text)
    return DecodedDocument(text=text, encoding=encoding, was_html=was_html)


def _looks_binary(data: bytes) -> bool:
    controls = sum(data.count(code) for code in _CONTROL_BYTES)
    return controls > len(data) * 0.02


_CONTROL_BYTES = [bytes([code]) for code in range(32) if code not in (9, 10, 12, 13, 27)]
# Wide encodings by their byte-order mark; UTF-32 first, as its little-endian mark begins with
# UTF-16's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_WIDE_WITHOUT_BOM = (("utf-32-le", 4), ("utf-32-be", 4), ("utf-16-le", 2), ("utf-16-be", 2))
# Characters of a Chinese text: CJK ideographs and punctuation, full-width forms, printable ASCII
# and line breaks. A wide text decoded with the wrong byte order is mostly other scripts.
_TEXT_CHARS = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\x20-\x7e\n\r\t]")


def _decode_wide(data: bytes) -> tuple[str, str] | None:
    """UTF-16 or UTF-32 text, with a byte-order mark or without one. Without a mark, only bytes
    with NULs (the high bytes of ASCII characters) that are not UTF-8 (a UTF-8 text with a stray
    NUL is no wide text) are tried, and the byte order that reads as text wins. None otherwise."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                raise DecodeError(UNDECODABLE) from None
            if "\x00" in text:
                raise DecodeError(BINARY_FILE)
            return text, encoding
    if b"\x00" not in data or _is_utf8(data):
        return None
    best, best_share = None, 0.9  # at least 90% of the characters must be text
    for encoding, width in _WIDE_WITHOUT_BOM:
        if len(data) % width:
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        share = len(_TEXT_CHARS.findall(text)) / len(text) if "\x00" not in text else 0
        if share > best_share:
            best, best_share = (text, encoding), share
    return best


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode_text(data: bytes) -> tuple[str, str]:
    body = data.removeprefix(codecs.BOM_UTF8)
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data":
            # Cut off inside its last character (an interrupted download): the rest is good.
            return body[: error.start].decode("utf-8"), "utf-8"
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
