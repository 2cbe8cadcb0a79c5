"""PDF from the report's own HTML, through WeasyPrint (Pango for layout, fontconfig for fonts).

Chinese text needs a CJK font on the machine: scripts/bootstrap installs Debian's fonts-noto-cjk,
and the report stylesheet names Noto Sans CJK SC first. The PDF is tagged (its structure, the
reading order and the document language from <html lang>, for screen readers). WeasyPrint is
imported on first use: it takes half a second to load and only PDF generation needs it."""


def html_to_pdf(html: str, *, base_url: str | None = None) -> bytes:
    """`base_url` makes the page's relative links (evidence permalinks) absolute in the PDF, so
    they still lead somewhere once the file is downloaded."""
    from weasyprint import HTML

    return HTML(string=html, base_url=base_url).write_pdf(pdf_tags=True)
