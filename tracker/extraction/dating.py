"""When a report was delivered and which year it plans, from the evidence a text gives.

No single form dates every copy: a full report has a dateline (——2024年2月4日在…人民代表大会…会议上),
a news article a lead (1月22日,…人民代表大会第二次会议开幕) whose year only the article's own date
line gives (2024-01-23 来源:…), an excerpt only its headings (一、2023年工作回顾 means the report of
2024) or its plan (2024年全省经济社会发展的主要预期目标是…). A title may name another year than the
text (a mirror's 2023年…工作报告全文 above a report of 2015), so the text's own words weigh more.

Each form is a vote with a weight and a reason; the year with the most weight wins and the reason
goes with it, so a year is never guessed silently. A report delivered in December plans the next
year (做好明年的工作): it keeps its delivery year, and ``plan_year`` says which year its targets
are for.
"""
from __future__ import annotations

import datetime
import re
from collections import defaultdict
from typing import NamedTuple

from .numbers import parse_chinese_integer
from .sections import five_year_plan_span

_CN_DIGITS = "〇零○一二三四五六七八九"
YEAR = rf"(?:19|20)\d\d|[一二][{_CN_DIGITS}]{{3}}"
_NUM = r"\d{1,2}|[一二三四五六七八九十]{1,3}"
_DATE = rf"(?P<year>{YEAR})年(?P<month>{_NUM})月(?P<day>{_NUM})日"
_CONGRESS = r"(?:人民代表大会|人大|代表大会)"


class Dating(NamedTuple):
    report_year: int | None
    plan_year: int | None  # the year the plan part speaks of: report_year, or the next one
    delivered_on: datetime.date | None
    reason: str  # which evidence decided, or why nothing did


class _Vote(NamedTuple):
    year: int
    weight: float
    reason: str


# ——2024年2月4日在南岸区第十九届人民代表大会第五次会议上 (the date may end its own line)
_DATELINE = re.compile(rf"{_DATE}(?:上午|下午)?\n?在[^\n。]{{0,40}}?{_CONGRESS}[^\n。]{{0,20}}?会议")
# 福建省政府工作报告(2023年1月11日 赵龙) / 某某区人民政府工作报告(2024年1月15日)
_TITLE_DATE = re.compile(rf"工作报告\({_DATE}")
# 十一届全国人大五次会议 / 第十四届全国人民代表大会第二次会议: the national congress's terms
# begin every fifth year (the fifth in 1978), so its session dates itself.
_NATIONAL_SESSION = re.compile(
    r"(?:第)?(?P<term>[一二三四五六七八九十]{1,3}|\d{1,2})届全国(?:人民代表大会|人大)(?:第)?(?P<session>[一二三四五六七八九十]|\d)次"
)
_FIRST_NATIONAL_TERM, _FIRST_NATIONAL_YEAR = 5, 1978
# An article's own date: 2022-01-10 17:33, 2025年01月21日 14:29, 发布时间:2024/1/23.
_ARTICLE_DATE = re.compile(
    r"(?<![\d年])(?P<year>(?:19|20)\d\d)(?:[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})(?![\d])|"
    r"年(?P<month2>\d{1,2})月(?P<day2>\d{1,2})日(?=\s?\d{1,2}:\d\d|\s?$|\s?来源|\s?\d{1,2}时))",
    re.M,
)
_ARTICLE_HEAD_LINES = 8
# A page's address often carries the day it was published (/20220123/, /2022-01/23/, /2013/0305/,
# /art/2024/3/11/, t20230110_, story20190127-); one-digit months and days only between separators.
_ADDRESS_DATE = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)[-/_]?(?P<month>0[1-9]|1[0-2]|[1-9](?=[-/_]))[-/_]?"
    r"(?P<day>0[1-9]|[12]\d|3[01]|(?<=[-/_])[1-9])(?!\d)"
)
# A copied page's own address on one of its first lines (SOURCE: http://…, 原文链接:https://…).
_PAGE_ADDRESS = re.compile(r"https?://[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]+")
# The congress opening in a news lead: 1月22日,…第二次会议开幕 / …会议5日上午在北京开幕 / 今天上午,…召开
_OPENING_VERB = r"(?:开幕|召开|举行|揭幕|开会)"
_OPENING = re.compile(
    rf"(?:(?P<month>{_NUM})月(?P<day>{_NUM})日|(?P<relative>今天|今日|昨天|昨日))(?:上午|下午)?[^\n。]{{0,60}}?"
    rf"{_CONGRESS}[^\n。]{{0,20}}?会议[^\n。]{{0,30}}?{_OPENING_VERB}"
    rf"|{_CONGRESS}[^\n。]{{0,20}}?会议(?:于|在)?(?:(?P<month2>{_NUM})月)?(?P<day2>{_NUM})日(?:上午|下午)?[^\n。]{{0,20}}?{_OPENING_VERB}"
)
# 新华网北京3月5日电 / 东南网1月22日讯 / 央广网西安3月25日消息: the wire date, month and day only.
_WIRE_DATE = re.compile(rf"(?P<month>{_NUM})月(?P<day>{_NUM})日(?:电|讯|消息)")

# A year in the text, and what the words around it say of it. Not a comparison base or a starting
# point (比2020年, 自2019年, 2019年以来), not a goal's horizon (到2025年, 2035年远景目标).
_MENTION = re.compile(
    rf"(?<![\d到至比较自从由截止与同])(?P<year>{YEAR})(?:年(?!以来|来|起|底前|前|远景|代|度?\d)|(?=成就|成绩|回顾|答卷|工作))"
)
# What the clause after a year says of it: a review (2023年工作回顾, 2021年…目标任务全面完成) or a
# plan (2024年全省经济社会发展的主要预期目标, 2024年将…). Review words win: a review reports
# how last year's targets went.
_REVIEW_WORDS = re.compile(
    r"回顾|成绩|成就|回眸|答卷|取得|完成|主要工作(?!安排|任务)|工作总结|实现了|预计|初步统计|初步核算|初步测算|"
    r"极不平凡|很不平凡|极不寻常|极为重要|里程碑"
)
_PLAN_WORDS = re.compile(
    r"预期目标|主要目标|发展目标|目标任务|目标是|目标为|工作安排|总体要求|重点工作|主要任务|工作任务|工作部署|工作思路|"
    r"增长目标|增速目标|GDP目标|发展蓝图|将|要|力争|计划|拟|预期"
)
_REVIEW_BEFORE = re.compile(r"(?:回顾|刚刚过去的|过去的|总结)$")
_PLAN_BEFORE = re.compile(r"(?:做好|今年即|明年即|展望|谋划|目标|描绘)$")
_CLAUSE = re.compile(r",?([^,。;:\n]{0,30})")
# 今年是“十四五”开局之年: a five-year plan's first year is 开局, its last 收官.
_PLAN_PHASE = re.compile(
    r"(?P<when>今年|去年|明年)是[^。\n]{0,40}?十(?P<n>[一二三四五六七八九])五[^。\n]{0,12}?(?P<phase>开局|起步|开篇|收官|决胜|承上启下)"
)
# 2021年是“十四五”开局之年: the year itself, the plan's year unless the text reviews it.
_YEAR_PHASE = re.compile(rf"(?P<year>{YEAR})年是[^。\n]{{0,40}}?十(?P<n>[一二三四五六七八九])五[^。\n]{{0,12}}?(?:开局|起步|开篇|收官|决胜|承上启下)")
_PHASE_OFFSET = {"开局": 0, "起步": 0, "开篇": 0, "承上启下": 2, "收官": 4, "决胜": 4}
_TITLE_YEAR = re.compile(rf"(?P<year>{YEAR})年度?[^\n。,]{{0,30}}?政府工作报告|政府工作报告\((?P<year2>{YEAR})年?\)")
# 做好明年的政府工作 / 明年经济社会发展的主要预期目标: a plan for the year after delivery.
_NEXT_YEAR_PLAN = re.compile(r"明年(?:的)?(?:政府工作|工作|经济社会发展|全[省市区县]经济|主要预期目标|预期目标|主要目标)")
_THIS_YEAR_PLAN = re.compile(r"今年(?:的)?(?:政府工作|工作|经济社会发展|全[省市区县]经济|主要预期目标|预期目标|主要目标)")

DATELINE, TITLE_DATE, NATIONAL_SESSION, ARTICLE_OPENING = 10.0, 10.0, 10.0, 6.0
HEADING, PLAN_LIST, TITLE, PHRASE, ARTICLE = 5.0, 5.0, 3.0, 2.0, 2.0
_PHRASE_CAP = 3  # phrases beyond this many per year add nothing: a long review is no stronger
NO_EVIDENCE = "no date line, title, session, article date or dated heading names the year"


def page_address(text: str) -> str:
    """The address a copied page names for itself on one of its first lines, or ''."""
    match = _PAGE_ADDRESS.search("\n".join(text.split("\n", _ARTICLE_HEAD_LINES)[:_ARTICLE_HEAD_LINES]))
    return match.group(0) if match else ""


def published_on(address: str) -> datetime.date | None:
    """The publication day a page's address carries in its path (never in its host name)."""
    path = address.split("://", 1)[-1].partition("/")[2]
    for match in _ADDRESS_DATE.finditer(path):
        day = _date(match.group("year"), match.group("month"), match.group("day"))
        if day and day <= datetime.date.today() + datetime.timedelta(days=366):
            return day
    return None


def date_report(text: str, *, head_chars: int = 4000, published: datetime.date | None = None) -> Dating:
    """The report's year, the year it plans and the day it was delivered, read from a normalised
    text (only its head for dates and titles, all of it for the years its headings name).
    ``published`` is the day the page's address gives; the text's own date line wins over it."""
    head = text[:head_chars]
    votes: list[_Vote] = []
    article = _article_date(head)
    delivered = _delivered(head, article or published)
    if delivered:
        day, weight, reason = delivered
        votes.append(_Vote(day.year, weight, reason))
    elif article:
        votes.append(_Vote(article.year, ARTICLE, f"article dated {article}"))
    elif published:
        votes.append(_Vote(published.year, ARTICLE, f"page address dated {published}"))
    votes.extend(_national_sessions(head))
    votes.extend(_title_years(head))
    if not any(vote.weight >= DATELINE for vote in votes):
        # A date line or a national session settles it; the body's years are read otherwise.
        votes.extend(_year_mentions(text))
    if not votes:
        return Dating(None, None, None, NO_EVIDENCE)
    totals: dict[int, float] = defaultdict(float)
    for vote in votes:
        totals[vote.year] += vote.weight
    year = max(totals, key=lambda candidate: (totals[candidate], candidate))
    reason = max((vote for vote in votes if vote.year == year), key=lambda vote: vote.weight).reason
    plan_year = year
    plans_next = _NEXT_YEAR_PLAN.search(text) and not _THIS_YEAR_PLAN.search(text)
    delivered_on = delivered[0] if delivered and delivered[0].year == year else None
    if plans_next or (delivered_on and delivered_on.month == 12):
        # Delivered in December: the targets are for the next year. Votes from the plan name
        # that year, so the delivery year is one less unless a date names it.
        if not delivered_on and reason.startswith(_PLAN_REASONS):
            year -= 1
            reason += "; the plan speaks of 明年, so it was delivered the year before"
        plan_year = year + 1
    return Dating(year, plan_year, delivered_on, reason)


def _delivered(head: str, article: datetime.date | None) -> tuple[datetime.date, float, str] | None:
    """A date line, a dated title, or a news lead's opening day read against `article`, the day
    the article appeared (its own date line, else its page address)."""
    for pattern, weight, reason in ((_DATELINE, DATELINE, "date line"), (_TITLE_DATE, TITLE_DATE, "date in the title")):
        match = pattern.search(head)
        if match:
            day = _date(match.group("year"), match.group("month"), match.group("day"))
            if day:
                return day, weight, f"{reason} {match.group(0)[:30]}"
    return _opening_day(head, article)


def _opening_day(head: str, article: datetime.date | None) -> tuple[datetime.date, float, str] | None:
    """A news lead's opening day with the year of the day the article appeared: the congress
    met on or before it (an article of 2021-12-23 about 昨日 is 2021-12-22; one of 2024-02-01
    about 1月22日 is 2024-01-22)."""
    if article is None:
        return None
    opening = _OPENING.search(head)
    if opening is None:
        return None
    relative = opening.group("relative")
    if relative:
        day = article - datetime.timedelta(days=1) if relative in ("昨天", "昨日") else article
        return day, ARTICLE_OPENING, f"opening {relative} in an article dated {article}"
    month = opening.group("month") or opening.group("month2")
    day_number = opening.group("day") or opening.group("day2")
    if month is None:
        wire = _WIRE_DATE.search(head)
        month = wire.group("month") if wire else str(article.month)
    day = _date(str(article.year), month, day_number)
    if day is None:
        return None
    if day > article:
        day = _date(str(article.year - 1), month, day_number)
    if day is None or (article - day).days > 120:
        return None  # a repost long after the event: its date says nothing about the year
    return day, ARTICLE_OPENING, f"opening on {day:%m-%d} in an article dated {article}"


def _article_date(head: str) -> datetime.date | None:
    lines = "\n".join(head.split("\n")[:_ARTICLE_HEAD_LINES])
    for match in _ARTICLE_DATE.finditer(lines):
        day = _date(match.group("year"), match.group("month") or match.group("month2"),
                    match.group("day") or match.group("day2"))
        if day:
            return day
    return None


def _national_sessions(head: str) -> list[_Vote]:
    votes = []
    for match in _NATIONAL_SESSION.finditer(head):
        term, session = _small_int(match.group("term")), _small_int(match.group("session"))
        if term is None or session is None or term < _FIRST_NATIONAL_TERM or not 1 <= session <= 7:
            continue
        year = _FIRST_NATIONAL_YEAR + 5 * (term - _FIRST_NATIONAL_TERM) + session - 1
        votes.append(_Vote(year, NATIONAL_SESSION, f"national congress session {match.group(0)}"))
        break
    return votes


def _title_years(head: str) -> list[_Vote]:
    for line in head.split("\n"):
        match = _TITLE_YEAR.search(line)
        if match:
            year = _year(match.group("year") or match.group("year2"))
            return [_Vote(year, TITLE, f"title {match.group(0)[:30]}")]
    return []


_PLAN_REASONS = ("plan for", "title")


def _year_mentions(text: str) -> list[_Vote]:
    """Votes from the years the text names: a review of year Y is the report of Y+1, a plan for
    Y the report of Y. Headings (a line of their own) and headline lists weigh more than phrases."""
    votes: list[_Vote] = []
    phrases: dict[int, int] = defaultdict(int)
    for match in _MENTION.finditer(text):
        year = _year(match.group("year"))
        pos, end = match.start(), match.end()
        line_start = text.rfind("\n", 0, pos) + 1
        heading = pos - line_start <= 6 and _line_length(text, line_start) <= 40
        before = text[max(line_start, pos - 6):pos]
        clause = _CLAUSE.match(text, end).group(1)
        if _REVIEW_BEFORE.search(before) or _REVIEW_WORDS.search(clause):
            vote = _Vote(year + 1, HEADING if heading else PHRASE, f"review of {text[pos:end]}{clause[:16]}")
        elif _PLAN_BEFORE.search(before) or _PLAN_WORDS.search(clause):
            listed = "目标" in clause and not _PLAN_BEFORE.search(before)
            weight = HEADING if heading else PLAN_LIST if listed else PHRASE / 2
            vote = _Vote(year, weight, f"plan for {text[pos:end]}{clause[:16]}")
        else:
            continue
        if vote.weight <= PHRASE:
            if phrases[year] >= _PHRASE_CAP:
                continue
            phrases[year] += 1
        votes.append(vote)
    for match in _PLAN_PHASE.finditer(text):
        first, _ = five_year_plan_span(match.group("n"))
        phase_year = first + _PHASE_OFFSET[match.group("phase")]
        when = match.group("when")
        year = phase_year + 1 if when == "去年" else phase_year
        votes.append(_Vote(year, HEADING, f"plan for {match.group(0)[:30]}"))
    for match in _YEAR_PHASE.finditer(text):
        votes.append(_Vote(_year(match.group("year")), PHRASE, f"plan for {match.group(0)[:30]}"))
    return votes


def _line_length(text: str, line_start: int) -> int:
    line_end = text.find("\n", line_start)
    return (len(text) if line_end < 0 else line_end) - line_start


def _small_int(text: str) -> int | None:
    try:
        return int(text) if text.isdigit() else parse_chinese_integer(text)
    except ValueError:
        return None


def _year(text: str) -> int:
    return int(text) if text.isascii() else parse_chinese_integer(text)


def _date(year: str, month: str, day: str) -> datetime.date | None:
    try:
        return datetime.date(_year(year), _small_int(month) or 0, _small_int(day) or 0)
    except (ValueError, TypeError):
        return None
