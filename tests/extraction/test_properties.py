"""Property tests: arbitrary and mutated report text never breaks extraction, and every span
points at its quote in the normalised text."""
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.extraction.corpus import sample_text
from tracker.extraction import extract_report

SAMPLES = [sample_text(prefix) for prefix in ("000", "001", "002", "003", "004")]
SPAM = ["【某某APP下载】", "广告", "******\n", "[1]", "(guó)", "，，", "　", "\n", "image.png\n", "设为首页\n", "%", "亿元",
        "左右", "以上", "分别", "、", "(", ")", "年均", "下降", "力争", "前三季度", "同步", "高于全市平均水平", "2025年"]


def check(text: str) -> None:
    result = extract_report(text)
    normalised = result.text
    for row in (*result.targets, *result.actuals):
        assert 0 <= row.start <= row.end <= len(normalised)
        assert row.quote == normalised[row.start:row.end]
    json.dumps(result.to_dict(), ensure_ascii=False)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text(text):
    check(text)


@st.composite
def mutated_report(draw):
    text = draw(st.sampled_from(SAMPLES))
    start = draw(st.integers(0, len(text)))
    text = text[start:start + draw(st.integers(200, 3000))]
    for _ in range(draw(st.integers(0, 12))):
        operation = draw(st.sampled_from(["insert", "delete", "swap"]))
        position = draw(st.integers(0, len(text)))
        if operation == "insert":
            text = text[:position] + draw(st.sampled_from(SPAM) | st.text(max_size=4)) + text[position:]
        elif operation == "delete":
            text = text[:position] + text[position + draw(st.integers(1, 20)):]
        else:
            other = draw(st.integers(0, len(text)))
            a, b = sorted((position, other))
            text = text[:a] + text[b:] + text[a:b]
    return text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_report())
def test_mutated_reports(text):
    check(text)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(SAMPLES[0].split("。") + SAMPLES[1].split("。")), max_size=40))
def test_shuffled_sentences(sentences):
    check("。".join(sentences))


def test_the_samples():
    for text in SAMPLES:
        check(text)
