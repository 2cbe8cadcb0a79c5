"""Decoded report text to one canonical form that every grammar downstream can rely on.

Real copies of a report arrive in traditional script, with pinyin glosses from mirror sites,
full-width characters, spaces inside numbers from PDF copies, footnote marks, spam injected into
sentences and whole web pages around the report. The grammars match simplified script, half-width
ASCII (``%``, ``,``, ``(``, ``:``, ``;``) and the Chinese marks that have no ASCII twin
(``。`` ``、`` ``“”``), one paragraph per line without indentation.

``normalize_text`` is idempotent, so a stored normalised text can be normalised again (by a newer
extractor version) without moving the character offsets its spans point to.
"""
from __future__ import annotations

import re

import opencc

from .lexicon import GRAMMAR_WORDS
from .taxonomy import DEFAULT_INDICATORS

# t2s, not tw2sp: tw2sp rewrites simplified phrases too (新增→添加, 建立→创建, 核心→内核),
# which would damage every simplified report. Taiwan phrase forms that survive t2s (每人平均 for
# 人均, 品质 for 质量) are handled as indicator aliases instead.
_CONVERTER = opencc.OpenCC("t2s")

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff"

# Full-width ASCII (！ to ～) to half-width; the ideographic space to a plain space; zero-width and
# direction marks that copy-paste leaves inside numbers and words removed. A regex finds the few
# such characters far faster than str.translate walks every character.
_WIDTH_TABLE = {chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
_WIDTH_TABLE.update({char: " " for char in "\u3000\u00a0\u2002\u2003\u2009"})
# Invisible format controls (Unicode category Cf) go too: bidi embeddings, overrides and isolates
# (U+202A–E, U+2066–9) that reorder a quote on screen and split an indicator's name, soft hyphens,
# invisible operators, interlinear annotation marks and tag characters.
_FORMAT_CONTROLS = [
    "\u00ad", "\u061c", "\u180e", "\ufeff", "\U000e0001",
    *map(chr, [*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2060, 0x2065), *range(0x2066, 0x2070),
               *range(0xFFF9, 0xFFFC), *range(0xE0020, 0xE0080)]),
]
_WIDTH_TABLE.update({char: "" for char in _FORMAT_CONTROLS})
_WIDE = re.compile("[" + "".join(_WIDTH_TABLE) + "]")

# A pinyin gloss after a character, with or without tone marks: 國(guó), 生產(chan), 億(yi).
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
_SYLLABLE = rf"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouv{_TONED}]{{1,4}}(?:ng|n|r)?[1-5]?\)"
# One gloss or several in a row (內(nèi)(guó)), all after the same character; the literal "(" comes
# first so that the scan over a whole report stays fast.
_PINYIN_GLOSS = re.compile(rf"\((?<=[{_CJK}]\()(?:{_SYLLABLE})(?:\({_SYLLABLE})*")
# 4,233.2亿元: separators between digit groups go, so that a comma always separates clauses.
_THOUSANDS = re.compile(r",(?<=\d,)(?=\d{3}(?!\d))")
_FOOTNOTE = re.compile(r"[\[①②③④⑤⑥⑦⑧⑨⑩](?:(?<=\[)注?\d{1,3}\]|(?<!\[)(?=[,。;、]))")
# Spam is only removed when it is bracketed and says what it is (an app, a download, an ad).
_SPAM = re.compile(
    r"[【〖\[][^【】〖〗\[\]\n]{0,30}?(?:APP|App|app|下载|广告|推广|扫码|点击|关注公众号|微信|"
    r"http|www\.|\.com)[^【】〖〗\[\]\n]{0,30}?[】〗\]]"
)
# A link farm's words injected bare, even inside a word (单位GDP能光算谷歌seo耗): a search
# engine's name with an SEO term, or the farm's own name with what it sells, and the cut HTML tag
# that often trails them (seotrong>). Search engines and SEO are never a work report's subject.
# (The lookahead names every alternative's first character, so that the scan skips the rest of
# the text four times faster.)
_SEO_SPAM = re.compile(
    r"(?=[光谷百必搜Gg<])(?:(?:(?:光算)?(?:谷歌|百度|必应|搜狗|[Gg]oogle)(?:seo|SEO|外链|推广|营销|优化|排名|快排|蜘蛛池|爬虫池)"
    r"|光算(?:科技|蜘蛛池|爬虫池|蜘蛛|爬虫))(?:[a-z]{1,10}>)?"
    r"|</?(?:strong|span|font|div|p|br|b|a|em|i)>)"
)
# Every kind of space but the newline, including the line separators str.splitlines knows.
_SPACE_CHARS = "[ \t\x0b\x0c\x1c-\x1f\x85\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
# Written as one class and then a repeat, so that the regex engine can skip to the next space
# at once (a leading repeat defeats that scan; so in the two patterns after it).
_ANY_SPACE = re.compile(_SPACE_CHARS + _SPACE_CHARS + "*")
_BLANK_LINES = re.compile(r"\n\n+")
# Whitespace inside a line is noise (67. 7 万亿元, 1312 万人) except between two ASCII words or
# numbers (Powered by, 2022-01-10 17:33:33), where one space is kept.
_INNER_SPACE = re.compile(r" (?<![A-Za-z0-9] )| (?![A-Za-z0-9])")
# A run of separators collapses to its strongest mark: 。 > ; > , > 、.
_PUNCT_RUN = re.compile(r"[,;、。:][,;、。:]+")
_PUNCT_RANK = {"。": 4, ";": 3, ":": 2, ",": 1, "、": 0}

# Lines that are page furniture, never report prose. Matched on the normalised line: phrases
# anywhere in it (searched; each branch starts with a plain character, so the search skips
# through the line) and phrases that open it (matched at its start only).
_CHROME_ANYWHERE = re.compile(
    r"设为首页|收藏本站|加入收藏|复制链接|签到天数|每日心情|Rank:\d|RANK:\d|发表于\d|显示全部楼层|阅读模式|只看该作者|"
    r"您需要登录|本版积分规则|Powered by|powered by|POWERED BY|快速回复|返回顶部|返回列表|留言与评论|本文仅代表作者观点|"
    r"不代表本站立场|版权所有|Copyright|copyright|COPYRIGHT|©|ICP备|公网安备"
)
_CHROME_START = re.compile(
    r"查看:\d+\|回复:\d+|积分\d*$|帖子$|主题$|版主$|\[LV\.\d+\]|客服中心$|在线时间:?|联系电话:?|导航菜单$|本文地址:|"
    r"验证码:?$|网站地图$|上一篇|下一篇|分享到|打印本页|关闭窗口|【?打印】?$|字号:|扫一扫|索引号:|发文字号:|发布机构:|"
    r"主题分类:|成文日期:|发布日期:|责任编辑:|Rank:|RANK:|rank:|[\w\-]+\.(?:png|jpe?g|gif|webp|bmp|PNG|JPE?G|GIF|WEBP|BMP)$"
)
# Short residue of forum badges and footers: numbers, clock times, phone numbers, "1万".
_RESIDUE_LINE = re.compile(r"^(?:\d[\d.:~\-]*万?|昨天\d+:\d+|今天\d+:\d+|周.~周.|\d+:\d+-\d+:\d+)$")
# Chrome lines are short; a long line is report prose even if it quotes a chrome word.
_CHROME_MAX_LEN = 120
# A forum post header runs from the poster's badge to the "posted at" line.
_FORUM_BADGE_START = re.compile(r"每日心情|签到天数")
_FORUM_BADGE_END = re.compile(r"发表于\d")
_DISCLAIMER = re.compile(r"本文仅代表作者观点|不代表本站立场|未经许可,不得转载")
# Everything after these is another story or the forum's reply form.
_TAIL_CUT = re.compile(r"\*{5,}$|您需要登录后才可以回帖")  # matched at the line's start


def normalize_text(text: str) -> str:
    """The canonical form of a report: see the module docstring for what changes and why."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _WIDE.sub(_narrow, text)
    # Spaces go first (they hide glosses and footnotes: 國 (guó), [ 1 ]), then spam and footnotes
    # before glosses, so that removing one never exposes another for a second pass to find.
    # Spaces are removed except between two ASCII words, which also strips indentation.
    text = _INNER_SPACE.sub("", _ANY_SPACE.sub(" ", text))
    text = _SPAM.sub("", text)
    text = _FOOTNOTE.sub("", text)
    text = _PINYIN_GLOSS.sub("", text)
    text = _to_simplified(text)
    # Joining lines and dropping chrome can each make work for the other (a dropped line brings
    # two halves of a sentence together): the line steps are repeated until the lines settle,
    # for idempotence.
    for _ in range(_SETTLE_PASSES):
        settled = _settle(text)
        if settled == text:
            break
        text = settled
    return text


_SETTLE_PASSES = 5


def _settle(text: str) -> str:
    """One pass of the steps that can make work for each other: a join brings two marks or two
    English fragments together, a dropped chrome line two halves of a sentence. Repeated until
    nothing changes, so that normalising twice changes nothing."""
    text = _INNER_SPACE.sub("", _SEO_SPAM.sub("", text))
    text = _THOUSANDS.sub("", _ENGLISH_RUN.sub("\n", _PUNCT_RUN.sub(_strongest_mark, text)))
    text = _BROKEN_NUMBER.sub("", _DECIMAL_MARK.sub(".", _BLANK_LINES.sub("\n", text)))
    text = _unwrap(_LABEL_LINE.sub(r"\1", unspin(_without_junk(text))))
    return strip_chrome(_BLANK_LINES.sub("\n", text).strip("\n"))


# A bilingual copy's English (I. Review of Work in 2011 …) says again what the Chinese says: it
# goes, and the line break it leaves separates the Chinese headings and paragraphs it joined.
_ENGLISH_RUN = re.compile(r"[A-Za-z][A-Za-z0-9 ,.;:'’\"()%$/&\-]{40,}")
# 增长5。7%: a machine copy's 。 as a decimal point, only between digits before a unit.
_DECIMAL_MARK = re.compile(r"。(?<=\d。)(?=\d+(?:%|‰|万|亿|元|个百分点))")
# 25\n0.3亿元, 2\n.5亿美元: a number broken across lines by a PDF copy.
_BROKEN_NUMBER = re.compile(r"\n(?<=\d\n)(?=\.?\d+(?:\.\d+)?(?:%|‰|万|亿|元|个百分点))")
# An infographic's label on one line and its value on the next (全年GDP / 增长5.3%左右): one line.
# The label is short and no heading; the value line opens with its change (增长, 分别增长, 下降).
_LABEL_LINE = re.compile(
    r"(?m)^(?![一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\))([^\n。;:,]{2,30}?[\u4e00-\u9fffA-Za-z])\n"
    r"(?=(?:同比|分别|全年)?(?:增长|下降)\d)"
)


# A mirror's tracking token glued to the text (人民代表大会bGe, 各位代表:uv9): a short run of letters
# and digits with a lower-case letter, at the end of a line or before a space. GDP, CPI, 5G stay.
_JUNK_TOKEN = re.compile(r"[A-Za-z0-9]+(?: |$)", re.M)
_JUNK_AFTER = re.compile(r"[\u4e00-\u9fff。,;:!?、”)]")


def _without_junk(text: str) -> str:
    """Tokens removed until none is left (removing one can bring the next to a Chinese character)."""
    while True:
        cleaned = _JUNK_TOKEN.sub(_junk, text)
        if cleaned == text:
            return text
        text = cleaned


def _junk(match: re.Match[str]) -> str:
    """A run of letters and digits (found whole, so that the scan skips straight to one) is junk
    when it is two to four long, holds a lower-case letter and follows Chinese text. The space
    after it goes too: between a Chinese character and anything it is noise."""
    token = match.group(0).rstrip(" ")
    start = match.start()
    if 2 <= len(token) <= 4 and start and _JUNK_AFTER.match(match.string, start - 1) and any(
            char.islower() for char in token):
        return ""
    return match.group(0)
# A hard line break inside a sentence: after a list or clause mark, or inside a word of the grammar
# or the taxonomy (其\n中, 常住\n居民, 生产\n总值). Breaks between sentences and after headings stay.
_BREAK_AFTER = "、,(“"
_SENTENCE_MARKS = "。!?;:)”】》"
_WORD_REACH = 8


def _unwrap(text: str) -> str:
    if "\n" not in text:
        return text
    pieces, start = [], 0
    for match in re.finditer("\n", text):
        pos = match.start()
        if not pos or text[pos - 1] in _SENTENCE_MARKS:
            continue  # most breaks end a sentence: nothing to look up
        if text[pos - 1] in _BREAK_AFTER or _word_across(text, pos):
            pieces.append(text[start:pos])
            start = pos + 1
    pieces.append(text[start:])
    return "".join(pieces)


def _word_across(text: str, pos: int) -> bool:
    """Whether a known word runs across the line break at ``pos``."""
    if text[pos - 1:pos] + text[pos + 1:pos + 2] not in _JOINED_PAIRS:
        return False  # no word has these two characters side by side
    before = text[max(0, pos - _WORD_REACH):pos]
    after = text[pos + 1:pos + 1 + _WORD_REACH]
    for split in range(1, len(before) + 1):
        head = before[-split:]
        for length in range(1, len(after) + 1):
            if head + after[:length] in _JOINED_WORDS:
                return True
    return False


# A machine-reworded ("pseudo-original") copy swaps words for near-synonyms: 人民 → 人平易近,
# 地区生产总值 → 地域出产总值, 分别 → 别离. Where a text shows several of these marks, the swaps are
# undone; a text with one of them may just use the word.
_SPUN_MARKS = ("平易近", "出产总值", "生齿", "立异", "扶植", "手艺", "严沉", "参取", "制制业", "根基同步", "可安排收入",
               "别离增", "工做", "处所一般", "汗青", "国度级", "预期方针", "冲破")
_UNSPIN = {"平易近": "民", "地域出产总值": "地区生产总值", "出产总值": "生产总值", "生齿": "人口", "立异": "创新",
           "扶植": "建设", "手艺": "技术", "严沉": "重大", "参取": "参与", "制制业": "制造业", "根基同步": "基本同步",
           "可安排收入": "可支配收入", "别离": "分别", "工做": "工作", "处所一般": "地方一般",
           "规模以上工作增加值": "规模以上工业增加值", "规上工作增加值": "规上工业增加值", "预期方针": "预期目标",
           "主要方针": "主要目标", "冲破": "突破", "汗青": "历史", "国度": "国家", "财产集群": "产业集群",
           "方才过去": "刚刚过去", "工作演讲": "工作报告", "演讲提出": "报告提出", "次要预期方针": "主要预期目标", "次要预期": "主要预期",
           "次要目标": "主要目标", "本年成长": "今年发展", "成长": "发展"}
_UNSPIN_WORDS = re.compile("|".join(sorted(_UNSPIN, key=len, reverse=True)))
_SPUN_MIN_MARKS = 2
_SPUN_MARK = re.compile("|".join(_SPUN_MARKS))
_JOINED_WORDS = frozenset({*GRAMMAR_WORDS, *(alias for spec in DEFAULT_INDICATORS for alias in (spec.name_zh, *spec.aliases)
                                              if "…" not in alias and len(alias) >= 2)})
_JOINED_PAIRS = frozenset(word[i:i + 2] for word in _JOINED_WORDS for i in range(len(word) - 1))


def unspin(text: str) -> str:
    """A machine-reworded copy with its swapped words put back; any other text unchanged."""
    if len(set(_SPUN_MARK.findall(text))) < _SPUN_MIN_MARKS:
        return text
    return _UNSPIN_WORDS.sub(lambda match: _UNSPIN[match.group(0)], text)


def _narrow(match: re.Match[str]) -> str:
    return _WIDTH_TABLE[match.group(0)]


# Variant characters OpenCC's t2s table leaves as they are (陜西 for 陕西).
_VARIANTS = str.maketrans({"陜": "陕", "衞": "卫"})


def _to_simplified(text: str) -> str:
    # OpenCC's character table has a few chains (A→B, B→C); converting to a fixpoint keeps
    # normalize_text idempotent.
    if "陜" in text or "衞" in text:
        text = text.translate(_VARIANTS)
    for _ in range(3):
        converted = _CONVERTER.convert(text)
        if converted == text:
            break
        text = converted
    return text


def _strongest_mark(match: re.Match[str]) -> str:
    return max(match.group(0), key=_PUNCT_RANK.__getitem__)


def strip_chrome(text: str) -> str:
    """Drop page furniture lines (navigation, forum badges, footers, file names) and anything
    after a row of asterisks or a forum reply form; report paragraphs are kept whole."""
    lines = text.split("\n")
    kept = _strip_lines(lines, forum_headers=True)
    if kept is None:
        # A badge never closed by a "posted at" line: it was not a forum header after all.
        kept = _strip_lines(lines, forum_headers=False)
    return "\n".join(kept or ())


def _strip_lines(lines: list[str], *, forum_headers: bool) -> list[str] | None:
    kept: list[str] = []
    in_forum_header = False
    for line in lines:
        if _TAIL_CUT.match(line):
            break
        if forum_headers and len(line) < _CHROME_MAX_LEN and _FORUM_BADGE_START.search(line):
            in_forum_header = True
        if in_forum_header:
            in_forum_header = not _FORUM_BADGE_END.search(line)
            continue
        if not _is_chrome(line):
            kept.append(line)
    return None if in_forum_header else kept


def _is_chrome(line: str) -> bool:
    if len(line) >= _CHROME_MAX_LEN:
        return bool(_DISCLAIMER.search(line))
    return bool(_CHROME_START.match(line) or _CHROME_ANYWHERE.search(line) or _RESIDUE_LINE.match(line))


_REPORT_WORDS = re.compile(
    r"政府工作报告|各位代表|工作回顾|预期目标|主要目标|生产总值|一般公共预算|固定资产投资|"
    r"社会消费品零售总额|可支配收入|增长|亿元|万元|发展|经济"
)
_STRONG_WORDS = frozenset({"政府工作报告", "各位代表", "工作回顾", "预期目标", "主要目标", "生产总值", "一般公共预算"})
_CJK_CHAR = re.compile(rf"[{_CJK}]")
MIN_REPORT_CJK = 200
MIN_NEWS_CJK = 40
_FIGURE = re.compile(r"\d(?:\.\d+)?(?:%|亿元|万元|万人)")


def looks_like_report(text: str) -> bool:
    """Whether a (normalised) text holds enough Chinese report prose to be worth extracting:
    the importer rejects pages that carry no report at all. A short news item that names the
    report and states a figure of it is one (报告指出,今年地区生产总值增长6%左右)."""
    cjk = len(_CJK_CHAR.findall(text))
    if cjk < MIN_NEWS_CJK:
        return False
    found = set(_REPORT_WORDS.findall(text))
    if "政府工作报告" in found and _FIGURE.search(text):
        return True
    return cjk >= MIN_REPORT_CJK and len(found) >= 4 and bool(found & _STRONG_WORDS)
