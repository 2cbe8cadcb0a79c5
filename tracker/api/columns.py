"""What each column of the API's CSV files and of the Datasette export means, in Chinese and in
English: the Chinese headers of `?lang=zh` and the column descriptions of metadata.json.

Keyed by field name; a nested object's columns (an assessment's `target_quote`) take the
object's label in front. A test checks that every field the API serves has an entry here."""
from __future__ import annotations

from collections.abc import Sequence

# field name: (中文, English)
COLUMNS: dict[str, tuple[str, str]] = {
    "id": ("编号", "Stable id of the row."),
    "url": ("API链接", "Permanent address of the row in the API."),
    "html_url": ("证据页", "Public evidence page: the quote in its paragraph, the source and a citation."),
    "jurisdiction": ("政府编号", "Id of the government."),
    "jurisdiction_name": ("政府", "Full name of the government (重庆市江北区)."),
    "name": ("名称", "Full name of the government."),
    "level": ("层级", "national, province, prefecture or county."),
    "parent": ("上级政府编号", "Id of the government directly above."),
    "parent_name": ("上级政府", "Name of the government directly above."),
    "division_code": ("行政区划代码", "GB/T 2260 administrative division code."),
    "aliases": ("别名", "Other names it is known by."),
    "code": ("指标代码", "Indicator code of the taxonomy (gdp)."),
    "name_zh": ("中文名称", "Chinese name of the indicator."),
    "name_en": ("英文名称", "English name of the indicator."),
    "direction": ("方向", "higher or lower: which direction is better."),
    "report": ("报告编号", "Id of the report the figure is quoted from."),
    "report_url": ("报告API链接", "API address of that report (with its full text)."),
    "report_title": ("报告标题", "Title of that report."),
    "year": ("报告年份", "Year of the report: the year a target was set, the year after an outcome's period."),
    "title": ("标题", "Title."),
    "delivered_on": ("报告日期", "Day the report was delivered."),
    "speaker": ("报告人", "Who delivered the report."),
    "source_url": ("来源网址", "Where the report was found; empty when unknown."),
    "retrieved_on": ("获取日期", "Day the report was retrieved from its source."),
    "source_kind": ("来源类型", "full (full text), partial, summary (a news summary) or plan (an implementation plan)."),
    "status": ("处理状态", "imported, extracted or failed extraction."),
    "sha256": ("SHA-256", "SHA-256 of the file as received."),
    "extractor_version": ("提取程序版本", "Version of the extraction that read the report."),
    "normalized_text": ("规范化全文", "The report's text that quote offsets index."),
    "indicator": ("指标", "Indicator code (gdp); empty when the figure has no indicator yet."),
    "indicator_text": ("指标原文", "The indicator as the report words it."),
    "period": ("所属期间", "Year or span the figure is about (2021, 2021-2025)."),
    "period_start": ("期间起始年", "First year of the period."),
    "period_end": ("期间结束年", "Last year of the period."),
    "kind": ("类型", "growth, level, share, count or relational."),
    "value": ("数值", "The figure, in the unit as written."),
    "value_high": ("区间上限", "Upper end of a range target."),
    "unit": ("单位", "Unit as written (%, 亿元, 万人)."),
    "qualifier": ("限定词", "approx 左右, at_least 以上, at_most 以内, exact, range, in_step 同步, above 高于."),
    "stretch": ("力争目标", "A softened commitment (力争/争取)."),
    "headline": ("主要预期目标", "In the list of main expected targets."),
    "reference": ("参照", "For a relational target: what it is compared with."),
    "estimate": ("预计数", "A preliminary figure (预计, 初步核算)."),
    "cumulative": ("累计", "Accumulated over a span (累计)."),
    "scope": ("范围", "A sub-area the figure is about; empty for the government itself."),
    "quote": ("原文引语", "The sentence the figure was read from, exactly."),
    "start": ("引语起点", "Offset of the quote in the report's normalised text."),
    "end": ("引语终点", "Offset of the end of the quote."),
    "origin": ("来源方式", "extracted by the program, or manual (entered by a reviewer)."),
    "review_status": ("审核状态", "Review status of the row."),
    "provisional": ("未经审核", "true: machine output no reviewer has confirmed yet; cite only as provisional."),
    "reviewed_at": ("审核时间", "When a reviewer last decided on the row."),
    "verdict": ("结论", "met, missed, not_reported, not_comparable or pending."),
    "gap": ("差距", "Actual minus target, in the target's unit."),
    "narrow": ("小幅未完成", "A miss within the indicator's tolerance."),
    "rule": ("判定规则", "The rule that decided the verdict."),
    "ruleset_version": ("规则版本", "Version of the verdict rules."),
    "confidence": ("置信度", "How sure the automatic match is, 0 to 1."),
    "reason": ("理由", "Why: the rule's explanation, or the reviewer's reason for a change."),
    "derived": ("推算", "The actual was computed from two levels."),
    "derived_value": ("推算值", "The actual computed from two levels."),
    "disagreement": ("来源不一致", "Sources disagree on the figure."),
    "method": ("判定方式", "auto or manual."),
    "target": ("目标", "The target judged."),
    "outcome": ("结果", "The outcome that answers it."),
    "targets": ("目标数", "Annual targets counted."),
    "met": ("完成", "Targets met."),
    "missed": ("未完成", "Targets missed."),
    "not_reported": ("未报告", "The next report is in and gives no figure."),
    "not_comparable": ("无法比较", "Only a figure of another kind was reported."),
    "pending": ("待定", "No published verdict yet, or the next report is not in."),
    "type": ("更正对象", "target, outcome or assessment."),
    "item_id": ("对象编号", "Id of the corrected row."),
    "item_url": ("对象链接", "API address of the corrected row."),
    "changed_at": ("更正时间", "When the correction was made."),
    "changes": ("更正内容", "Each changed field with its value before and after."),
    "summary": ("摘要", "The correction in one sentence."),
}


def column_label_zh(path: Sequence[str]) -> str:
    """目标·原文引语 for ("target", "quote"); the field name when it has no entry."""
    return "·".join(COLUMNS[name][0] if name in COLUMNS else name for name in path)


def column_description(name: str) -> str:
    """`中文 — English`, for a column of the Datasette export."""
    zh, en = COLUMNS[name]
    return f"{zh} — {en}"
