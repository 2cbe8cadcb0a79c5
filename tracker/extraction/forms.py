"""Which form of text a report comes in: the full report, an excerpt of it, a news summary of it,
or an implementation plan (分工方案) that lists its targets. Detected from the text, never
assumed: a news summary's silence about a target says less than the full report's, and the
linker weighs it so.

- A plan names itself in its title (关于落实政府工作报告重点工作分工的方案).
- A news summary speaks of the report in the third person (报告指出, 市长张三说, 新华社北京3月5日电,
  记者, 责任编辑); a newspaper's digest of it (摘要, 一图读懂) is one too.
- The report speaks in its own voice (各位代表, 我代表市人民政府, 我们); it is full when it has
  its opening, its review and its plan, and an excerpt otherwise.
"""
from __future__ import annotations

import re
from typing import NamedTuple

FULL, PARTIAL, SUMMARY, PLAN = "full", "partial", "summary", "plan"


class Form(NamedTuple):
    kind: str
    reason: str


_PLAN_TITLE = re.compile(
    r"(?:分工方案|任务分工|责任分工|分解方案|工作分工|重点工作分工|落实[^。\n]{0,16}政府工作报告[^。\n]{0,12}(?:方案|措施|分工))"
)
_NEWS = re.compile(
    r"\d{1,2}月\d{1,2}日(?:电|讯)|日电|记者|通讯员|报道|原标题|责任编辑|编辑:|来源:|新华社|客户端|美通社|"
    r"摘要|摘编|导读|一图读懂|图解|解读|(?:发表|作了)政府工作报告|"
    r"报告(?:指出|提出|显示|称|强调|明确|披露|建议|要求|透露|中提到|中提出)|政府工作报告(?:时|中)|作政府工作报告|"
    r"(?:[省市区县]长|总理|主任|书记)[\u4e00-\u9fff]{2,3}(?:说|表示|指出|强调|介绍)|[\u4e00-\u9fff]{2,3}(?:说|表示|指出|强调)[,:]"
)
_OWN_VOICE = re.compile(r"各位代表|我代表|请予审议|我们|我区|我县|我市|我省")
_OPENING = re.compile(r"各位代表|我代表[^。\n]{0,12}政府")
_REVIEW = re.compile(r"工作回顾|过去一年|过去五年|一年来|五年来")
_PLAN_PART = re.compile(r"工作安排|主要任务|重点工作|预期目标|主要目标|总体要求|目标任务")
_HEAD = 600
_FULL_LENGTH = 8000  # a whole report runs to tens of thousands of characters; its opening alone does not


def detect_form(text: str) -> Form:
    """The form of a normalised report text, with the words that decided it."""
    if _PLAN_TITLE.search(text[:_HEAD]):
        return Form(PLAN, "its title names an implementation plan of the report")
    news = len(_NEWS.findall(text))
    own = len(_OWN_VOICE.findall(text))
    if news >= 2 and news >= own / 2:
        return Form(SUMMARY, f"it speaks of the report in the third person ({news} times)")
    if own == 0 and news:
        return Form(SUMMARY, "it speaks of the report, never in the report's own voice")
    complete = bool(_OPENING.search(text)) and bool(_REVIEW.search(text)) and bool(_PLAN_PART.search(text))
    if complete and len(text) >= _FULL_LENGTH:
        return Form(FULL, "the report's own voice, with its opening, its review and its plan")
    return Form(PARTIAL, "the report's own voice, but not all of it")
