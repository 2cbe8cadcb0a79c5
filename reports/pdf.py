"""PDF from the report's own HTML, through WeasyPrint (Pango for layout, fontconfig for fonts).

Chinese text needs a CJK font on the machine: scripts/bootstrap installs Debian's fonts-noto-cjk,
and the report stylesheet names Noto Sans CJK SC first. WeasyPrint is imported on first use: it
takes half a second to load and only PDF generation needs it."""


def html_to_pdf(html: str, *, base_url: str | None = None) -> bytes:
    """`base_url` makes the page's relative links (evidence permalinks) absolute in the PDF; a
    stored PDF, made without a request, keeps them relative to the site."""
    from weasyprint import HTML

    return HTML(string=html, base_url=base_url).write_pdf()
