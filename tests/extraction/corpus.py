"""The sample reports and their extractions, shared by the extraction tests (no database)."""
from functools import lru_cache
from pathlib import Path

from tracker.extraction import Extraction, extract_report

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def sample_path(prefix: str) -> Path:
    (path,) = SAMPLES.glob(f"{prefix}*.txt")
    return path


@lru_cache(maxsize=None)
def sample_extraction(prefix: str) -> Extraction:
    return extract_report(sample_text(prefix))



def sample_text(prefix: str) -> str:
    return sample_path(prefix).read_text(encoding="utf-8")
