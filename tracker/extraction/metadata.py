"""Who delivered a report, for which government, in which year and on which day.

Read from the forms reports and news copies of them actually use:
- a title line: ``2021年重庆市江北区政府工作报告``, ``重庆市南岸区人民政府工作报告``,
  a site's category tag before it (``(河南省)驻马店市驿城区2022年政府工作报告``) and a date after
  it (``…工作报告(2024年1月15日)``);
- the dateline under the title: ``——2024年2月4日在南岸区第十九届人民代表大会第五次会议上``;
- the speaker line: ``重庆市南岸区人民政府区长王茂春``;
- a news lead: ``巴南区长贾晖作政府工作报告``, ``1月10日,重庆市巴南区第十九届人民代表大会第一次
  会议开幕`` with the year from the article's own dateline (``时间:2022-01-10``).

Nothing is guessed: a value that none of these forms gives is None.
"""
from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import dataclass

from .numbers import parse_chinese_integer


@dataclass(frozen=True)
class ReportMetadata:
    jurisdiction: str | None
    report_year: int | None
    delivered_on: datetime.date | None
    speaker: str | None


# How far into the text a title, dateline and speaker line are looked for.
_HEAD_CHARS = 3000

_YEAR = r"(?:19|20)\d\d|[一二〇零○Ｏ][〇零○Ｏ一二三四五六七八九]{3}"
_NUM = r"\d{1,2}|[一二三四五六七八九十]{1,3}"
_DATE = rf"(?P<year>{_YEAR})年(?P<month>{_NUM})月(?P<day>{_NUM})日"
# ——2024年2月4日在南岸区第十九届人民代表大会第五次会议上
_DATELINE = re.compile(rf"{_DATE}(?:上午|下午)?在[^\n。]{{0,40}}?人民代表大会[^\n。]{{0,20}}?会议上")
# 重庆市渝中区人民政府工作报告(2024年1月15日)
_TITLE_DATE = re.compile(rf"政府工作报告\({_DATE}\)")
_TITLE_YEAR = re.compile(rf"(?P<year>{_YEAR})年度?[^\n。,]{{0,30}}?政府工作报告|政府工作报告\((?P<year2>{_YEAR})年?\)")
# A news article's own dateline: 时间:2022-01-10 17:33:33, 2022年01月10日 09:30, 发布时间:2022/1/10
_ARTICLE_DATE = re.compile(
    r"(?:时间|日期|发布|来源)[^\n]{0,30}?(?P<year>(?:19|20)\d\d)[-/.年](?P<month>\d{1,2})[-/.月](?P<day>\d{1,2})"
)
# A date line of its own: 2023-01-16 来源:某某网
_ARTICLE_DATE_LINE = re.compile(
    r"^(?P<year>(?:19|20)\d\d)[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})(?![\d:])", re.M
)
# 2023年全省经济社会发展主要预期目标是: the year a plan is for, when nothing else dates the text.
_PLAN_YEAR = re.compile(rf"(?P<year>{_YEAR})年[^\n。,;]{{0,30}}?(?:主要预期目标|主要目标|预期目标)(?:是|为|:)")
# 1月10日,重庆市巴南区第十九届人民代表大会第一次会议开幕 / 人大一次会议1月10日上午开幕
_OPENING = re.compile(
    rf"(?P<month>{_NUM})月(?P<day>{_NUM})日(?:上午|下午)?[,,]?[^\n。]{{0,40}}?(?:人民代表大会|人大)[^\n。]{{0,20}}?会议[^\n。]{{0,6}}?开幕"
    rf"|(?:人民代表大会|人大)[^\n。]{{0,20}}?会议(?:于|在)?(?P<month2>{_NUM})月(?P<day2>{_NUM})日(?:上午|下午)?[^\n。]{{0,4}}?开幕"
)

_SPEAKER_ROLE = r"(?:总理|代理?省长|省长|代理?市长|市长|代理?区长|区长|代理?县长|县长|州长|盟长|旗长|主席)"
# 重庆市南岸区人民政府区长王茂春 (a line of its own)
_SPEAKER_LINE = re.compile(
    rf"^[^\n,。]{{0,30}}?(?:人民政府|政府|国务院)?(?<!副){_SPEAKER_ROLE}(?P<name>[\u4e00-\u9fff]{{2,3}})$", re.M
)
# 巴南区长贾晖作政府工作报告 / 市长张三代表市人民政府作政府工作报告
_SPEAKER_NEWS = re.compile(
    rf"(?<!副){_SPEAKER_ROLE}(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?:代表[^\n。,]{{0,12}}?)?作(?:了)?(?:[^\n。,]{{0,6}})?政府工作报告"
)

# Administrative names: 河南省, 驻马店市, 驿城区, 重庆市, 巴南区 …
_LEVEL_SUFFIX = r"(?:特别行政区|自治区|自治州|自治县|自治旗|省|市|州|盟|地区|区|县|旗|林区|特区)"
_COMPONENT = re.compile(rf"[\u4e00-\u9fff]{{1,7}}?{_LEVEL_SUFFIX}")
_CHAIN = rf"(?P<name>(?:[\u4e00-\u9fff]{{1,7}}?{_LEVEL_SUFFIX}){{1,3}}?)"
_SESSION = r"(?:第[一二三四五六七八九十\d]{1,3}届)"
# Places where a government's name stands at a known left edge, so that no neighbouring word
# can be mistaken for part of it: title lines, the dateline, the speaker line, a news lead.
_NAME_PLACES = (
    # (河南省)驻马店市驿城区2022年政府工作报告 / [海南]2021年重庆市江北区政府工作报告
    re.compile(
        rf"^(?:\[[^\]\n]{{1,8}}\])?(?:\([^)\n]{{1,8}}\))?(?:(?:{_YEAR})年度?)?{_CHAIN}"
        rf"(?:(?:{_YEAR})年度?)?(?:人民)?政府工作报告",
        re.M,
    ),
    # ——2024年2月4日在南岸区第十九届人民代表大会第五次会议上
    re.compile(rf"日(?:上午|下午)?在{_CHAIN}{_SESSION}?人民代表大会"),
    # 重庆市南岸区人民政府区长王茂春
    re.compile(rf"^{_CHAIN}人民政府(?:代理?)?[省市区县州盟旗]长", re.M),
# 1月10日,重庆市巴南区第十九届人民代表大会第一次会议开幕
    re.compile(rf"(?:^|[,。;:、]|日)(?:上午|下午)?{_CHAIN}{_SESSION}人民代表大会", re.M),
    # ,巴南区长贾晖作政府工作报告 (区长 fused with the district's name)
    re.compile(r"(?:^|[,。;:、])(?P<name>[\u4e00-\u9fff]{1,7}?[省市区县州盟旗])长[\u4e00-\u9fff]{2,3}?作(?:了)?政府工作报告", re.M),
)
_NAME_LINE = re.compile(r"政府工作报告|人民代表大会|人民政府")
_NATIONAL = re.compile(r"全国人民代表大会")
NATIONAL_JURISDICTION = "全国"
# A site's category tag before the title names the province: (河南省)驻马店市驿城区…
_CATEGORY_TAG = re.compile(r"^\((?P<tag>[\u4e00-\u9fff]{1,8}?(?:省|自治区))\)", re.M)


def detect_metadata(text: str) -> ReportMetadata:
    """Metadata of a normalised report text; each field is None when the text does not say it."""
    head = text[:_HEAD_CHARS]
    delivered_on = _delivered_on(head)
    report_year = _report_year(head)
    if report_year is None and delivered_on is not None:
        # Reports are delivered in the year they plan for (January to March, rarely later).
        report_year = delivered_on.year
    if report_year is None:
        plan = _PLAN_YEAR.search(text)
        report_year = _int(plan.group("year")) if plan else None
    return ReportMetadata(
        jurisdiction=_jurisdiction(text),
        report_year=report_year,
        delivered_on=delivered_on,
        speaker=_speaker(head),
    )


def _delivered_on(head: str) -> datetime.date | None:
    for pattern in (_DATELINE, _TITLE_DATE):
        match = pattern.search(head)
        if match:
            return _date(match.group("year"), match.group("month"), match.group("day"))
    opening = _OPENING.search(head)
    if not opening:
        return None
    month = opening.group("month") or opening.group("month2")
    day = opening.group("day") or opening.group("day2")
    year = _report_year(head)
    if year is None:
        article = _ARTICLE_DATE.search(head) or _ARTICLE_DATE_LINE.search(head)
        if article and int(article.group("month")) >= _int(month):
            year = int(article.group("year"))
    return _date(str(year), month, day) if year else None


def _report_year(head: str) -> int | None:
    match = _TITLE_YEAR.search(head) or _DATELINE.search(head)
    if not match:
        return None
    return _int(match.group("year") or match.group("year2"))


def _speaker(head: str) -> str | None:
    match = _SPEAKER_LINE.search(head) or _SPEAKER_NEWS.search(head)
    return match.group("name") if match else None


def _jurisdiction(text: str) -> str | None:
    """The longest administrative chain that ends in the government the text names most often
    in its title, dateline, speaker line or news lead, with a site's province tag in front when
    the chain lacks a province."""
    head = text[: _HEAD_CHARS * 2]
    # Only lines that name a report, a congress or a government can hold a name place.
    lines = "\n".join(line for line in head.split("\n") if _NAME_LINE.search(line))
    chains = [
        tuple(_COMPONENT.findall(match.group("name")))
        for pattern in _NAME_PLACES
        for match in pattern.finditer(lines)
    ]
    chains = [chain for chain in chains if chain]
    if not chains:
        return NATIONAL_JURISDICTION if _NATIONAL.search(head[:_HEAD_CHARS]) else None
    last = Counter(chain[-1] for chain in chains).most_common(1)[0][0]
    best = max((chain for chain in chains if chain[-1] == last), key=len)
    tag = _CATEGORY_TAG.search(head)
    if tag and not best[0].endswith(("省", "自治区")) and tag.group("tag") not in best:
        best = (tag.group("tag"), *best)
    return "".join(best)


def split_components(name: str) -> tuple[str, ...]:
    """重庆市南岸区 → (重庆市, 南岸区)."""
    return tuple(_COMPONENT.findall(name))


def _date(year: str, month: str, day: str) -> datetime.date | None:
    try:
        return datetime.date(_int(year), _int(month), _int(day))
    except ValueError:
        return None


def _int(value: str) -> int:
    if value.isdigit() and value.isascii():
        return int(value)
    return parse_chinese_integer(value)
