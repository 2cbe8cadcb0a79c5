"""Bytes to text: the encodings reports arrive in, HTML pages, and bytes that are no document."""
import opencc
import pytest

from tracker.extraction.decoding import (
    BINARY_FILE,
    EMPTY_FILE,
    DecodeError,
    decode_document,
    html_to_text,
)

SIMPLIFIED = "重庆市南岸区人民政府工作报告\n各位代表:地区生产总值增长6.7%,一般公共预算收入完成35亿元。\n" * 5
TRADITIONAL = opencc.OpenCC("s2t").convert(SIMPLIFIED)


@pytest.mark.parametrize(
    "text, encoding, detected",
    [
        (SIMPLIFIED, "utf-8", "utf-8"),
        (SIMPLIFIED, "utf-8-sig", "utf-8"),
        (SIMPLIFIED, "gbk", "gb18030"),
        (SIMPLIFIED, "gb18030", "gb18030"),
        (TRADITIONAL, "big5", "big5"),
        (TRADITIONAL, "utf-8", "utf-8"),
    ],
)
def test_decodes_the_encodings_reports_come_in(text, encoding, detected):
    decoded = decode_document(text.encode(encoding))
    assert decoded.text == text
    assert decoded.encoding == detected
    assert not decoded.was_html


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", EMPTY_FILE),
        (b"   \n\t ", EMPTY_FILE),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, BINARY_FILE),
        (bytes(range(32)) * 100, BINARY_FILE),
    ],
)
def test_rejects_what_is_not_a_text_document(data, message):
    with pytest.raises(DecodeError, match=message):
        decode_document(data)


def test_html_page_becomes_its_visible_text_one_block_per_line():
    page = (
        "<!DOCTYPE html><html><head><title>t</title><style>p{color:red}</style>"
        "<script>var x = '地区生产总值';</script></head><body><nav>首页 | 新闻</nav>"
        "<h1>政府工作报告</h1><p>各位代表:</p><p>地区生产总值增长<b>6.7%</b>。</p>"
        "<p>第二段<br>换行</p></body></html>"
    )
    decoded = decode_document(page.encode("gbk"), filename="report.html")
    assert decoded.was_html
    assert "var x" not in decoded.text and "color" not in decoded.text and "首页" not in decoded.text
    assert "政府工作报告" in decoded.text
    assert "各位代表:" in decoded.text.splitlines()
    assert "第二段" in decoded.text and "换行" in decoded.text


def test_html_is_recognised_by_content_without_a_suffix():
    assert decode_document("<html><body><p>政府工作报告</p></body></html>".encode()).was_html


def test_html_to_text_keeps_every_paragraph():
    paragraphs = [f"第{i}段,固定资产投资增长{i}%。" for i in range(30)]
    text = html_to_text("".join(f"<p>{p}</p>" for p in paragraphs))
    assert [line for line in text.splitlines() if line] == paragraphs
