"""tracker/extraction/normalize.py: one canonical text from damaged copies, page chrome removed."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extraction.corpus import sample_text
from tracker.extraction.normalize import looks_like_report, normalize_text, strip_chrome


@pytest.mark.parametrize("raw, expected", [
    # traditional script and variant characters
    ("地區生産總值增長6%", "地区生产总值增长6%"),
    ("全社會固定資産投資完成600億元", "全社会固定资产投资完成600亿元"),
    # Taiwan phrase forms survive as written: handled as aliases, never rewritten
    ("居民每人平均可支配收入", "居民每人平均可支配收入"),
    # simplified text is left alone (tw2sp would turn 新增 into 添加)
    ("新增就业5万人,建立健全", "新增就业5万人,建立健全"),
    # pinyin glosses, with and without tone marks
    ("國(guó)內(nèi)生產(chǎn)總值增長(zhǎng)7.5%左右", "国内生产总值增长7.5%左右"),
    ("生產(chan)總值", "生产总值"),
    ("億(yi)元", "亿元"),
    ("地区生产总值(GDP)", "地区生产总值(GDP)"),
    # full-width letters, digits and punctuation
    ("ＧＤＰ增长６．５％（初步核算）：", "GDP增长6.5%(初步核算):"),
    ("增长5%，就业；", "增长5%,就业;"),
    # doubled punctuation
    ("增长5%,,就业", "增长5%,就业"),
    ("增长5%,;就业", "增长5%;就业"),
    ("增长5%。。", "增长5%。"),
    # spaces inside numbers and between words from PDF copies
    ("67. 7 万亿元", "67.7万亿元"),
    ("1312 万人", "1312万人"),
    ("上涨 0.1%", "上涨0.1%"),
    ("4,233.2亿元", "4233.2亿元"),
    ("2022-01-10 17:33:33", "2022-01-10 17:33:33"),
    ("    各位代表:", "各位代表:"),
    # footnote marks and bracketed spam
    ("增长7%[1],就业", "增长7%,就业"),
    ("1.3万亿斤左【某某APP下载】右", "1.3万亿斤左右"),
    ("增长6%【点击下载客户端】", "增长6%"),
    ("【环球网报道】", "【环球网报道】"),
    # a link farm's words and cut tags injected bare, even inside a word or a number's sentence
    ("单位GDP能光算谷歌seotrong>光算谷歌外链耗降低2.5%左右", "单位GDP能耗降低2.5%左右"),
    ("增长百度推广<strong>6%</strong>", "增长6%"),
    ("广告业增加值增长5%,谷歌中国", "广告业增加值增长5%,谷歌中国"),
    # blank lines and indentation
    ("第一段\n\n\n   第二段\n", "第一段\n第二段"),
])
def test_normalize_text(raw, expected):
    assert normalize_text(raw) == expected


@pytest.mark.parametrize("chrome", [
    "设为首页收藏本站", "查看: 1661|回复: 0", "[复制链接]", "导航菜单", "本文地址:/baogao/xn/10238.html",
    "留言与评论(共有 条评论)", "验证码:", "网站地图", "image.png", "上一篇:某某区政府工作报告", "下一篇:某某",
    "索引号:11500000/2024-00012", "发文字号:渝府发〔2024〕1号", "Powered by quyushuju X3.4", "快速回复 返回顶部 返回列表",
    "版权所有:某某区人民政府", "分享到:", "责任编辑:张三",
])
def test_chrome_lines_are_removed(chrome):
    assert normalize_text(f"各位代表:\n{chrome}\n地区生产总值增长6%。") == "各位代表:\n地区生产总值增长6%。"


def test_forum_post_header_is_removed():
    raw = "标题\nTA的每日心情\n开心\n签到天数: 730 天\n[LV.9]以坛为家II\n1万\n主题\n版主\n积分\n147551\n发表于 2021-6-17 20:30:03\n正文"
    assert normalize_text(raw) == "标题\n正文"


def test_an_unclosed_badge_block_keeps_the_text():
    assert normalize_text("签到天数: 730 天\n地区生产总值增长6%。") == "地区生产总值增长6%。"


def test_stories_after_a_row_of_asterisks_are_dropped():
    assert normalize_text("地区生产总值增长6%。\n******\n另一则新闻:某地发生…") == "地区生产总值增长6%。"


def test_a_long_report_paragraph_quoting_a_chrome_word_stays():
    paragraph = "各位代表," + "我们坚持版权所有制度改革," * 10 + "地区生产总值增长6%。"
    assert normalize_text(paragraph) == paragraph


@pytest.mark.parametrize("prefix, kept, dropped", [
    ("000", ["今年经济社会发展主要目标是:地区生产总值增长5.5%以上", "来源:中国网"], ["image.png"]),
    ("001", ["重庆市南岸区人民政府工作报告", "三峡电缆、宏声滤材等闲置低效工业用地盘活。"], ["本文地址", "验证码", "网站地图"]),
    ("002", ["2021年重庆市江北区政府工作报告", "以优异成绩庆祝建党100周年。"],
     ["设为首页", "签到天数", "发表于", "Rank:", "您需要登录", "Powered by", "客服中心", "010-63691786"]),
    ("003", ["主要预期目标是:地区生产总值增长6%左右"], ["导航菜单", "不代表本站立场"]),
    ("004", ["(河南省)驻马店市驿城区2022年政府工作报告", "成为全市中小企业科技创新活力区。"], ["导航菜单", "验证码"]),
])
def test_samples_keep_the_report_and_lose_the_page(prefix, kept, dropped):
    text = normalize_text(sample_text(prefix))
    for phrase in kept:
        assert phrase in text
    for phrase in dropped:
        assert phrase not in text


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_report_paragraph_of_the_samples_survives(prefix):
    raw = sample_text(prefix)
    text = normalize_text(raw)
    paragraphs = [line.strip() for line in raw.splitlines() if len(line.strip()) >= 40 and "本站" not in line]
    for paragraph in paragraphs:
        assert normalize_text(paragraph) in text


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_samples_are_idempotent(prefix):
    text = normalize_text(sample_text(prefix))
    assert normalize_text(text) == text


REPORTISH = st.sampled_from([
    "地區生産總值增長6%", "國(guó)內(nèi)", "ＧＤＰ", "（", "）", "：", "，", "，，", "。", "、", " ", "　", "\n", "\t",
    "67. 7 万亿元", "4,233.2", "[1]", "【某某APP下载】", "设为首页", "发表于 2021", "签到天数", "******", "image.png",
    "TA的每日心情", "光算谷歌seo", "trong>", "<b>", "各位代表:", "增长", "7.5%", "左右", "\r\n", "\u200b", "①,", "(guó)", "億(yi)元",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(REPORTISH | st.text(max_size=8), max_size=30).map("".join))
def test_normalize_is_idempotent(raw):
    once = normalize_text(raw)
    assert normalize_text(once) == once


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_normalize_is_idempotent_on_arbitrary_text(raw):
    once = normalize_text(raw)
    assert normalize_text(once) == once


def test_strip_chrome_is_a_function_of_its_own():
    assert strip_chrome("网站地图\n正文") == "正文"


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_samples_look_like_reports(prefix):
    assert looks_like_report(normalize_text(sample_text(prefix)))


@pytest.mark.parametrize("text", [
    "",
    "Hello world, this page has no Chinese report at all. " * 20,
    "今天天气很好,我们去公园散步,看到很多花。" * 20,
    "设为首页\n网站地图\n验证码:",
])
def test_other_texts_do_not_look_like_reports(text):
    assert not looks_like_report(normalize_text(text))
