"""The data model: who reports (Jurisdiction), what they said (Report, Target, Outcome), and our
judgement (Assessment). Indicator is the shared taxonomy, kept as editable data."""
from .assessments import Assessment, Verdict
from .decisions import Decision
from .facts import Kind, Origin, Outcome, Qualifier, ReviewStatus, Target
from .imports import DocumentImport, DocumentImportStatus
from .imports import FileState, ImportBatch, ImportFile
from .indicators import Direction, Indicator
from .jurisdictions import Jurisdiction, Level
from .reports import FileFormat, Report, SourceKind

__all__ = [
    "Assessment",
    "Decision",
    "Direction",
    "DocumentImport",
    "DocumentImportStatus",
    "FileFormat",
    "FileState",
    "ImportBatch",
    "ImportFile",
    "Indicator",
    "Jurisdiction",
    "Kind",
    "Level",
    "Origin",
    "Outcome",
    "Qualifier",
    "Report",
    "ReviewStatus",
    "SourceKind",
    "Target",
    "Verdict",
]
