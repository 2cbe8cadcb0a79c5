"""Reports as governments publish them: PDF (text layer or scan), Word (.docx, .doc) and page
images, read to text with page boundaries. Pure Python (no Django): the importer in
tracker.services.ingest stores what this returns. ``reading.read_document`` is the entry point."""
