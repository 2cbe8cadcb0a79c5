"""The scorecard PDF is a real PDF, with the Chinese text in it (a CJK font was found and embedded)."""
import io

from pypdf import PdfReader

from reports.scopes import SCORECARD, Scope
from reports.services import generated_report_generate


def test_the_scorecard_pdf_holds_the_chinese_names_and_quotes(world):
    report, _ = generated_report_generate(scope=Scope(SCORECARD, world.east.pk, 2023), formats=["pdf"])
    data = report.pdf.read()
    assert data.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(data))
    text = "".join(page.extract_text() for page in reader.pages)
    for expected in ("示例省样本市东区", "地区生产总值增长6.5%以上", "固定资产投资增长9.8%", "missed (narrow)", "provisional"):
        assert expected in text, expected
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("CJK" in font for font in fonts), fonts
