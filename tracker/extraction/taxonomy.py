"""The indicator taxonomy: which words in a report name which indicator.

The taxonomy is data. ``DEFAULT_INDICATORS`` is the built-in copy that a data migration loads into
the Indicator table and that pure tests use; the Django side builds a ``Taxonomy`` from the table
(reviewers add aliases in the admin) and passes it to ``extract_report``.

An alias is a literal phrase, or phrases joined by ``…`` that must appear in that order with
anything between (``研发…比重`` matches 全社会研发经费投入占GDP比重). Chinese noun phrases put
their head last, so an alias must end the indicator text: 人均地区生产总值 and
亿元地区生产总值生产安全事故死亡率 do not name GDP, 重庆经开区地区生产总值 does (the scope is
recorded apart).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .patterns import trie_pattern

OTHER = "other"


@dataclass(frozen=True)
class IndicatorSpec:
    """One indicator: its names, and the defaults its figures are read and judged by. The Django
    side seeds and syncs the Indicator table from these records (reviewers then edit the rows),
    and matching.rules derives its judging rules from them."""
    code: str
    name_zh: str
    name_en: str
    aliases: tuple[str, ...]
    direction: str = "higher"  # 'higher' or 'lower': which way is better
    share: bool = False  # a percentage of this indicator is a share or rate (失业率 5%), never growth
    tolerance: Decimal = Decimal("0.5")  # how far short of a 左右 target is a narrow miss
    real_terms: bool = False  # growth at comparable prices: never derived from two nominal levels


# Rates that move by tenths of a point a year: 0.5 points would make every miss narrow.
_TIGHT_RATE = Decimal("0.1")
_INCOME = "人均可支配收入"
_INCOME_TW = "每人平均可支配收入"

DEFAULT_INDICATORS: list[IndicatorSpec] = [
    IndicatorSpec("gdp", "地区生产总值", "Gross domestic product", (
        "地区生产总值", "国内生产总值", "生产总值", "GDP", "经济总量", "经济", "地区生产总值总量", "经济增长", "经济增速",
        "国民生产总值"), real_terms=True),
    IndicatorSpec("industrial_va_above_scale", "规模以上工业增加值", "Value added of industry above designated size", (
        "规模以上工业增加值", "规上工业增加值", "规模工业增加值", "规模以上工业企业增加值", "规上工业企业增加值"), real_terms=True),
    IndicatorSpec("industrial_output_above_scale", "规模以上工业总产值", "Gross output of industry above designated size", (
        "规模以上工业总产值", "规上工业总产值", "规模以上工业产值", "规上工业产值", "规模工业总产值"), real_terms=True),
    IndicatorSpec("retail_sales", "社会消费品零售总额", "Total retail sales of consumer goods", (
        "社会消费品零售总额", "社会消费品零售额", "社零总额", "社消零总额", "消费品零售总额")),
    IndicatorSpec("fixed_asset_investment", "全社会固定资产投资", "Fixed-asset investment", (
        "全社会固定资产投资", "固定资产投资", "固定资产投资总额", "全社会固定资产投资总额", "固投")),
    IndicatorSpec("industrial_investment", "工业投资", "Industrial investment", (
        "工业投资", "工业固定资产投资", "工业技改投资")),
    IndicatorSpec("general_budget_revenue", "一般公共预算收入", "General public budget revenue", (
        "一般公共预算收入", "一般公共财政预算收入", "公共财政预算收入", "地方一般公共预算收入", "一般预算收入",
        "地方财政一般预算收入", "财政一般预算收入", "一般公共预算收入总额", "地方一般预算收入",
        # Before the 2014 budget law the same revenue was 公共财政收入 (地方财政收入 locally); the
        # national report's 财政收入 is the national general budget revenue.
        "公共财政收入", "地方公共财政收入", "地方财政收入", "财政收入", "公共财政预算收入")),
    IndicatorSpec("tax_revenue", "税收收入", "Tax revenue", (
        "税收收入", "全口径税收", "全口径税收收入", "全辖税收", "税收总收入", "区级税收", "地方税收")),
    IndicatorSpec("disposable_income", "居民人均可支配收入", "Per-capita disposable income", (
        "居民" + _INCOME, "全体居民" + _INCOME, "城乡居民" + _INCOME, "全体常住居民" + _INCOME, "常住居民" + _INCOME,
        "居民" + _INCOME_TW, "全体居民" + _INCOME_TW, "城乡居民" + _INCOME_TW, "城乡居民收入", "居民收入",
        "居民人均收入", "城乡居民人均收入", "居民可支配收入", "城乡居民可支配收入",
        _INCOME, _INCOME_TW), real_terms=True),
    IndicatorSpec("disposable_income_urban", "城镇居民人均可支配收入", "Urban per-capita disposable income", (
        "城镇居民" + _INCOME, "城镇常住居民" + _INCOME, "城市居民" + _INCOME, "城镇居民" + _INCOME_TW,
        "城镇常住居民" + _INCOME_TW, "城镇居民收入", "城镇…" + _INCOME), real_terms=True),
    IndicatorSpec("disposable_income_rural", "农村居民人均可支配收入", "Rural per-capita disposable income", (
        "农村居民" + _INCOME, "农村常住居民" + _INCOME, "农民" + _INCOME, "农村居民" + _INCOME_TW,
        "农村常住居民" + _INCOME_TW, "农民" + _INCOME_TW, "农村居民收入", "农民收入", "农村…" + _INCOME,
        # Until 2013 rural households were surveyed for net income (纯收入), the rural counterpart.
        "农民人均纯收入", "农村居民人均纯收入", "农民人均可支配收入"), real_terms=True),
    IndicatorSpec("cpi", "居民消费价格", "Consumer price index", (
        "居民消费价格", "居民消费价格涨幅", "居民消费价格指数", "消费价格指数", "消费者物价指数", "CPI", "物价涨幅",
        "居民消费价格总水平", "物价总水平"), "lower"),
    IndicatorSpec("new_urban_jobs", "城镇新增就业", "New urban jobs", (
        "城镇新增就业", "新增城镇就业", "新增就业", "城镇新增就业人数", "新增就业人数", "城镇新增就业岗位")),
    IndicatorSpec("surveyed_unemployment", "城镇调查失业率", "Surveyed urban unemployment rate", (
        "城镇调查失业率", "调查失业率", "城镇调查失业率平均值"), "lower", share=True, tolerance=_TIGHT_RATE),
    IndicatorSpec("registered_unemployment", "城镇登记失业率", "Registered urban unemployment rate", (
        "城镇登记失业率", "登记失业率", "城镇失业率"), "lower", share=True, tolerance=_TIGHT_RATE),
    IndicatorSpec("foreign_trade", "进出口总额", "Total imports and exports", (
        "进出口总额", "外贸进出口", "外贸进出口总额", "外贸进出口额", "进出口额", "货物进出口总额", "货物贸易进出口",
        "进出口总值", "对外贸易进出口", "外贸进出口总值", "进出口", "对外贸易", "对外贸易总额", "外贸")),
    IndicatorSpec("fdi", "实际利用外资", "Foreign direct investment actually used", (
        "实际利用外资", "实际使用外资", "利用外资", "实际利用外商直接投资", "实际使用外商直接投资", "实际到位外资",
        "实际利用外资金额", "实际使用外资金额")),
    IndicatorSpec("rd_intensity", "研发经费投入占GDP比重", "R&D spending as a share of GDP", (
        "研发…比重", "研发…强度", "R&D…比重", "R&D…强度", "研究与试验发展…比重", "研究与试验发展…强度",
        "科技研发…比重"), share=True, tolerance=_TIGHT_RATE),
    IndicatorSpec("energy_intensity", "单位GDP能耗", "Energy use per unit of GDP", (
        "单位GDP能耗", "单位地区生产总值能耗", "单位国内生产总值能耗", "单位生产总值能耗", "万元GDP能耗",
        "万元地区生产总值能耗", "单位GDP能源消耗", "单位地区生产总值能源消耗", "单位…生产总值…能耗",
        "万元生产总值…能耗", "万元GDP…能耗", "单位GDP…能耗", "单位…GDP…能耗"), "lower", real_terms=True),
    IndicatorSpec("grain_output", "粮食产量", "Grain output", ("粮食产量", "粮食总产量", "粮食总产")),
    IndicatorSpec("good_air_days", "空气质量优良天数", "Days of good air quality", (
        "空气质量优良天数", "空气优良天数", "优良天数", "蓝天天数", "空气质量优良天数比例", "空气质量优良天数比率",
        "空气质量优良率", "优良天数比例", "优良天数比率")),
    IndicatorSpec("deficit_ratio", "赤字率", "Deficit ratio", ("赤字率", "财政赤字率"), "lower", share=True, tolerance=_TIGHT_RATE),
    IndicatorSpec("primary_industry_va", "第一产业增加值", "Value added of primary industry", (
        "第一产业增加值", "一产增加值", "农业增加值", "农林牧渔业增加值", "第一产业"), real_terms=True),
    IndicatorSpec("secondary_industry_va", "第二产业增加值", "Value added of secondary industry", (
        "第二产业增加值", "二产增加值", "第二产业"), real_terms=True),
    IndicatorSpec("tertiary_industry_va", "第三产业增加值", "Value added of tertiary industry", (
        "第三产业增加值", "三产增加值", "服务业增加值", "第三产业"), real_terms=True),
    IndicatorSpec("deposits_loans", "存贷款余额", "Deposits and loans outstanding", (
        "存贷款余额", "本外币存贷款余额", "金融机构存贷款余额", "金融机构本外币存贷款余额", "存贷款余额总量",
        # Deposits and loans reported apart (存款余额43.4亿元,贷款余额21.3亿元) are the same pair.
        "存款余额", "贷款余额", "各项存款余额", "各项贷款余额", "本外币存款余额", "本外币贷款余额")),
]

# Words a head noun may carry after it without changing the indicator: 增速, 总量, 规模 …
_TRAILING = re.compile(r"(?:的)?(?:增速|增幅|涨幅|增长率|增长|总量|总额|规模|总值|绝对额|水平|指数|金额|年均|同比)$")
# A modifier in front that turns the indicator into another one: per head, per unit, a ratio.
_CHANGES_MEANING = re.compile(r"人均|每人平均|单位|万元|亿元|占|比重|比例|以外|除|非")


# Aliases this short name an indicator only alone or after the government's own name.
_SHORT_ALIAS = 2
_OWN_PREFIX = re.compile(r"^(?:全|我|本)[国省市区县州旗]$")


def _gapped_pattern(alias: str) -> str:
    return ".*?".join(re.escape(part) for part in alias.split("…"))


class Taxonomy:
    """Resolves the indicator text of a figure to an indicator code, or ``other``."""

    def __init__(self, indicators: list[IndicatorSpec]) -> None:
        self.indicators = {spec.code: spec for spec in indicators}
        self._codes: dict[str, str] = {}
        gapped: list[tuple[str, str]] = []
        for spec in indicators:
            for alias in (spec.name_zh, *spec.aliases):
                if "…" in alias:
                    gapped.append((alias, spec.code))
                elif alias:
                    self._codes.setdefault(alias, spec.code)
        literal = trie_pattern(list(self._codes))
        self._literal_suffix = re.compile(f"(?:{literal})$")
        self._literal_mention = re.compile(literal)
        # All gapped aliases in one regex: the leftmost match wins, as it would among separate
        # searches, in one scan instead of one per alias. An empty group after each alias's
        # first character tells which alias matched and keeps a plain character first, which
        # lets the regex engine skip to candidate positions.
        self._gapped_codes = [code for _, code in gapped]
        self._gapped = (re.compile("|".join(f"{re.escape(alias[0])}(){_gapped_pattern(alias[1:])}$"
                                            for alias, _ in gapped)) if gapped else None)

    def resolve(self, text: str) -> str:
        """The code of the indicator that ``text`` names, or ``other``."""
        match = self.match(text)
        return match[0] if match else OTHER

    def match(self, text: str) -> tuple[str, int] | None:
        """(code, start of the alias in text) when text ends with an alias (after trailing words such
        as 增速 or 总量) and no meaning-changing modifier stands before it."""
        candidate = text
        for _ in range(3):
            found = self._suffix_match(candidate)
            if found:
                code, start, alias = found
                prefix = candidate[:start]
                if _CHANGES_MEANING.search(prefix) and not _CHANGES_MEANING.search(alias):
                    return None
                if len(alias) <= _SHORT_ALIAS and not alias.isascii() and prefix and not _OWN_PREFIX.match(prefix):
                    return None  # 经济 names GDP in 全市经济增长6%, not in 数字经济增长20%
                return code, start
            stripped = _TRAILING.sub("", candidate)
            if stripped == candidate or not stripped:
                return None
            candidate = stripped
        return None

    def _suffix_match(self, text: str) -> tuple[str, int, str] | None:
        best = None
        match = self._literal_suffix.search(text)
        if match:
            best = (self._codes[match.group(0)], match.start(), match.group(0))
        gapped = self._gapped.search(text) if self._gapped else None
        if gapped and (best is None or gapped.start() < best[1]):
            best = (self._gapped_codes[gapped.lastindex - 1], gapped.start(), gapped.group(0))
        return best

    def mention(self, text: str) -> tuple[str, int, int] | None:
        """The first indicator named anywhere in text, as (code, start, end): a clause without a
        figure (全区空气质量优良天数再创新高) tells which indicator the next figure belongs to."""
        for match in self._literal_mention.finditer(text):
            alias = match.group(0)
            if len(alias) <= _SHORT_ALIAS and not alias.isascii():
                continue  # 经济 in 推动经济运行持续向好 names no indicator
            if _CHANGES_MEANING.search(text[max(0, match.start() - 3): match.start()]):
                continue
            return self._codes[match.group(0)], match.start(), match.end()
        return None

    def direction(self, code: str) -> str:
        spec = self.indicators.get(code)
        return spec.direction if spec else "higher"

    def is_share(self, code: str) -> bool:
        """Whether a percentage of this indicator is a share or rate (失业率5%), not growth."""
        spec = self.indicators.get(code)
        return bool(spec and spec.share)


DEFAULT_TAXONOMY = Taxonomy(DEFAULT_INDICATORS)
