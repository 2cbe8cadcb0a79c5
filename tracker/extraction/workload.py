"""Figures that count the government's own work rather than measure the economy it governs.

Reports are full of numbers about what the government did or will do: projects signed and
started (签约引进重大项目435个, 总投资5679亿元), enterprises brought in (新增高新技术企业3500家),
events held (举办活动485场), policies issued (推出稳经济“30条”), money handed out
(发放以旧换新资金47.6亿元, 减税降费超1000亿元), things built (建设步行道35公里). They are work
items, not indicators of the economy, and no later report answers them as such: a reviewer
gains nothing from seeing them as unmapped indicators. Indicators the taxonomy does not know but
statistics report (财政总收入, 出口, 人均生产总值, 工业总产值, PM2.5年均浓度, 接待游客) stay.

A main-targets list is taken as written: whatever it names is a target.
"""
from __future__ import annotations

import re

# Verbs of doing (the government's acts) and nouns of things done, in an indicator's text.
# Example: 新增高新技术企业3500家 (a work item). Counter-example: 新增城镇就业1.2万人 (an indicator,
# in the taxonomy), 实现工业总产值438亿元 (实现 reports a level).
_WORK = re.compile(
    r"新增|新建|新开工|开工|建成(?!区)|建设|改造|引进|招引|招商|培育|签约|举办|开展|实施|推出|出台|兑现|发放|投放|落实|"
    r"减负|减免|减税|降费|退税|化解|帮扶|救助|安置|培训|打造|创建|组建|认定|获批|入选|新登记|申请|拆除|腾退|疏解|"
    r"项目|活动|政策|措施|资金|补贴|专项债|片区|场次|工程|总投资|示范|园区|基地|平台|载体"
)
# Quantities that measure a population or a market, even when a work verb precedes them.
# Example: 城镇新增就业1.2万人 is taxonomy; 接待游客1亿人次 stays as an indicator.
_MEASURE = re.compile(r"引资|到位资金|游客|旅客|就业|人口|人才|市场主体|经营主体|吞吐量|客流|产值|增加值|收入|营业额|销售额|进出口|出口")


def is_work_item(indicator_text: str) -> bool:
    """Whether an indicator text the taxonomy does not know counts the government's own work."""
    return bool(_WORK.search(indicator_text)) and not _MEASURE.search(indicator_text)


def measures_economy(indicator_text: str) -> bool:
    """Whether an indicator text the taxonomy does not know names an aggregate of the economy
    (产值, 增加值, 收入, 进出口 …) that a target may name too."""
    return bool(_AGGREGATE.search(indicator_text))


# Aggregates a plan sets targets for (数字产业增加值, 工业总产值, 旅游收入, 出口).
_AGGREGATE = re.compile(r"产值|增加值|收入|营业额|销售额|进出口|出口|引资|化率")
