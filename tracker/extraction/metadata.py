"""Who delivered a report, for which government, in which year and on which day.

The year and the day come from dating.py, the government from places.py; each says which
evidence decided it, or why there was none, and ``ReportMetadata.reasons`` carries that to the
importer and to ``extract --explain``. The speaker is read here, from the speaker line
(重庆市南岸区人民政府区长王茂春) or a news lead (巴南区长贾晖作政府工作报告).

Nothing is guessed silently: a value no evidence gives is None, with the reason.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from .dating import date_report
from .places import place_report


@dataclass(frozen=True)
class ReportMetadata:
    jurisdiction: str | None
    report_year: int | None
    delivered_on: datetime.date | None
    speaker: str | None
    plan_year: int | None = field(default=None, compare=False)  # the year the plan speaks of
    reasons: dict[str, str] = field(default_factory=dict, compare=False)  # field -> evidence or why none


NO_DAY = "no date line, dated title or news lead with the opening day"
# How far into the text a title, dateline and speaker line are looked for.
_HEAD_CHARS = 3000

_SPEAKER_ROLE = r"(?:总理|代理?省长|省长|代理?市长|市长|代理?区长|区长|代理?县长|县长|州长|盟长|旗长|主席)"
# 重庆市南岸区人民政府区长王茂春 (a line of its own)
_SPEAKER_LINE = re.compile(
    rf"^[^\n,。]{{0,30}}?(?:人民政府|政府|国务院)?(?<!副){_SPEAKER_ROLE}(?P<name>[\u4e00-\u9fff]{{2,3}})$", re.M
)
# 巴南区长贾晖作政府工作报告 / 市长张三代表市人民政府作政府工作报告
_SPEAKER_NEWS = re.compile(
    rf"(?<!副){_SPEAKER_ROLE}(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?:代表[^\n。,]{{0,12}}?)?作(?:了)?(?:[^\n。,]{{0,6}})?政府工作报告"
)


def detect_metadata(text: str, *, published: datetime.date | None = None) -> ReportMetadata:
    """Metadata of a normalised report text; each field is None when the text does not say it.
    ``published`` is the day the page's address gives, for a text with no date line."""
    dating = date_report(text, published=published)
    placing = place_report(text)
    speaker = _speaker(text[:_HEAD_CHARS])
    return ReportMetadata(
        jurisdiction=placing.jurisdiction,
        report_year=dating.report_year,
        delivered_on=dating.delivered_on,
        speaker=speaker,
        plan_year=dating.plan_year,
        reasons={"jurisdiction": placing.reason, "report_year": dating.reason,
                 "delivered_on": "date line, dated title or news lead" if dating.delivered_on else NO_DAY,
                 "speaker": "speaker line or news lead" if speaker else "no speaker line or news lead"},
    )


def _speaker(head: str) -> str | None:
    match = _SPEAKER_LINE.search(head) or _SPEAKER_NEWS.search(head)
    return match.group("name") if match else None
