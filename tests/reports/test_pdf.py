"""The scorecard PDF is a real, tagged PDF laid out for print: the Chinese text in it (a CJK font
was found and embedded), a running header with the government and year, page numbers, the
generation date and the data's checksum on every page, absolute evidence links, no page that
holds only the margins."""
import io
import re

from pypdf import PdfReader

from reports.scopes import SCORECARD, Scope
from reports.services import generated_report_generate


def _pdf(world, settings):
    settings.SITE_URL = "https://tracker.example.org/"
    report, _ = generated_report_generate(scope=Scope(SCORECARD, world.east.pk, 2023), formats=["pdf"])
    data = report.pdf.read()
    assert data.startswith(b"%PDF-")
    return report, PdfReader(io.BytesIO(data))


def test_the_scorecard_pdf_is_chinese_with_the_names_and_quotes(world, settings):
    _, reader = _pdf(world, settings)
    text = "".join(page.extract_text() for page in reader.pages)
    for expected in ("示例省样本市东区", "地区生产总值增长6.5%以上", "固定资产投资增长9.8%", "未完成（差距微小）", "待审核",
                     "-0.2个百分点"):
        assert expected in text, expected
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("CJK" in font for font in fonts), fonts


def test_every_page_has_the_running_header_page_number_date_and_checksum(world, settings):
    report, reader = _pdf(world, settings)
    pages = [page.extract_text() for page in reader.pages]
    generated = report.created_at.astimezone().strftime("%Y-%m-%d")
    for number, text in enumerate(pages, start=1):
        assert "示例省样本市东区 · 2023年目标完成情况" in text
        assert f"{number} / {len(pages)}" in text
        assert f"生成于 {generated}" in text and report.inputs_checksum[:16] in text


def test_no_page_holds_only_its_margins(world, settings):
    """Each page has body text besides the running header and footer."""
    _, reader = _pdf(world, settings)
    for page in reader.pages:
        body = [line for line in page.extract_text().splitlines()
                if "2023年目标完成情况" not in line and "生成于" not in line and not re.fullmatch(r"\s*\d+ / \d+\s*", line)]
        assert len("".join(body)) > 40, body


def test_evidence_links_are_absolute_and_the_pdf_is_tagged(world, settings):
    _, reader = _pdf(world, settings)
    uris = [
        annotation.get_object()["/A"]["/URI"]
        for page in reader.pages
        for annotation in page.get("/Annots", [])
        if "/URI" in annotation.get_object().get("/A", {})
    ]
    assert uris and all(uri.startswith("https://tracker.example.org/") for uri in uris), uris
    catalog = reader.trailer["/Root"]
    assert "/StructTreeRoot" in catalog and catalog["/MarkInfo"]["/Marked"]
    assert str(catalog["/Lang"]).lower().startswith("zh")
