"""Synthetic report text for table tests: one sentence placed under a review or a plan heading,
in the style of real reports (labelled synthetic: written for the tests, not quoted)."""
from tracker.extraction import extract_report

REPORT_YEAR = 2024


def plan_rows(sentence: str, *, year: int = REPORT_YEAR) -> list[dict]:
    text = f"二、{year}年工作安排\n{sentence}"
    return extract_report(text, report_year=year).to_dict()["targets"]


def goal_rows(sentence: str, *, year: int = REPORT_YEAR) -> list[dict]:
    text = f"二、今后五年的奋斗目标\n{sentence}"
    return extract_report(text, report_year=year).to_dict()["targets"]


def review_rows(sentence: str, *, year: int = REPORT_YEAR, heading: str | None = None) -> list[dict]:
    text = f"{heading or f'一、{year - 1}年工作回顾'}\n{sentence}"
    return extract_report(text, report_year=year).to_dict()["actuals"]


def pick(row: dict, fields: tuple[str, ...]) -> tuple:
    return tuple(row[field] for field in fields)
