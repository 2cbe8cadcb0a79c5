"""tracker/extraction/forms.py: the form of a text (synthetic texts in the real forms)."""
import pytest

from tracker.extraction.forms import FULL, PARTIAL, PLAN, SUMMARY, detect_form
from tracker.extraction.normalize import normalize_text

OPENING = "各位代表:\n现在,我代表区人民政府向大会报告工作,请予审议。\n"
REVIEW = "一、2023年工作回顾\n过去一年,我们坚持稳中求进,全区地区生产总值增长6%。\n"
PLAN_PART = "二、2024年工作安排\n今年全区经济社会发展的主要预期目标是:地区生产总值增长6%左右。\n"


@pytest.mark.parametrize("text, kind", [
    (OPENING + REVIEW + PLAN_PART + "我们将扎实推进各项工作。" * 700, FULL),
    (OPENING + REVIEW, PARTIAL),  # the opening and the review, the rest cut off
    (PLAN_PART + "我们将扎实推进各项工作。" * 700, PARTIAL),  # a long part, without the opening
    ("某某网1月10日讯(记者 张某)1月10日,某某区第十九届人民代表大会第一次会议开幕。区长李某作政府工作报告。"
     "报告指出,今年全区地区生产总值增长6%左右。", SUMMARY),
    ("政府工作报告摘要\n■2023年成绩单\n●全区地区生产总值增长6%", SUMMARY),
    ("某某区人民政府关于落实2024年政府工作报告重点工作分工的方案\n一、地区生产总值增长6%左右。", PLAN),
])
def test_the_form_of_a_text(text, kind):
    form = detect_form(normalize_text(text))
    assert form.kind == kind and form.reason
