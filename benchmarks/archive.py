"""A generated national archive of work reports, for benchmarks: real government names (the
division gazetteer the project ships, tracker.extraction.gazetteer), invented people and numbers,
in sentences written for this project (not quoted from any report).

Every government has a report for each year of YEARS; the report of year Y reviews year Y-1 with
outcomes and sets year Y's targets. A target's value and the outcome the next report gives for it
come from one seeded function, so linking finds real pairs (most met, some missed, some silently
dropped). The governments are the national one and, in code order, provinces, prefectures and
county-level governments in China's proportions 1 : 31 : 333 : ~2,850 (3,200 in all at 80,000
reports; fewer for a smaller archive, the levels scaled alike). Each text opens with a line
saying it is generated.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

YEARS = tuple(range(2001, 2026))
PROVINCES, PREFECTURES, COUNTIES = 31, 333, 2_835  # with the national government: 3,200
MARKER = "【合成档案文本】本文件由 benchmarks/archive.py 生成,地名、人名和数字均为虚构。"

_SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何高罗郑梁谢宋唐韩冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文"
_GIVEN = "建国志明海涛华军平刚伟强磊洋勇艳杰娟敏静丽秀英玲芳燕红霞鹏宇浩凯斌超波辉力峰晨阳帆东林"
_NUMERALS = "一二三四五六七八九十"
# The head of government by the last character of the name (自治区: 主席).
_ROLES = {"省": "省长", "市": "市长", "区": "区长", "县": "县长", "州": "州长", "旗": "旗长", "盟": "盟长"}


@dataclass(frozen=True)
class Government:
    index: int
    name: str  # the full chain: 湖南省长沙市芙蓉区
    short: str  # what it calls itself in its text: 芙蓉区
    level: str  # national, province, prefecture, county
    role: str  # the speaker's title: 省长, 市长, 县长, 区长, 总理


def governments(count: int = 1 + PROVINCES + PREFECTURES + COUNTIES) -> list[Government]:
    """`count` governments with the national shape; a smaller archive takes governments spread
    evenly over each level's list in code order, so that it still spans the country."""
    from tracker.extraction.gazetteer import COUNTY, PREFECTURE, PROVINCE, gazetteer

    scale = count / (1 + PROVINCES + PREFECTURES + COUNTIES)
    divisions = sorted(gazetteer().by_code.values(), key=lambda division: division.code)
    wanted = {PROVINCE: max(1, round(PROVINCES * scale)), PREFECTURE: round(PREFECTURES * scale)}
    wanted[COUNTY] = max(0, count - 1 - sum(wanted.values()))
    world = [Government(0, "中华人民共和国", "全国", "national", "总理")]
    for level in (PROVINCE, PREFECTURE, COUNTY):
        for division in _spread([d for d in divisions if d.level == level], wanted[level]):
            role = "主席" if division.name.endswith("自治区") else _ROLES.get(division.name[-1], "市长")
            world.append(Government(len(world), division.full_name, division.name, level, role))
    return world[:count]


def _spread(items: list, count: int) -> list:
    count = min(count, len(items))
    return [items[i * len(items) // count] for i in range(count)] if count else []


# --- figures -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Indicator:
    code: str
    plan: str  # the target clause, {v} the value
    review: str  # the outcome clause, {v} the value
    low: float
    high: float
    noise: float  # how far the outcome strays from the target
    digits: int = 1


INDICATORS = (
    Indicator("gdp", "地区生产总值增长{v}%左右", "地区生产总值增长{v}%", 4.0, 9.0, 1.2),
    Indicator("industrial_va_above_scale", "规模以上工业增加值增长{v}%", "规模以上工业增加值增长{v}%", 5.0, 11.0, 2.0),
    Indicator("fixed_asset_investment", "固定资产投资增长{v}%以上", "固定资产投资增长{v}%", 5.0, 12.0, 3.0),
    Indicator("retail_sales", "社会消费品零售总额增长{v}%", "社会消费品零售总额增长{v}%", 5.0, 10.0, 2.0),
    Indicator("general_budget_revenue", "一般公共预算收入增长{v}%", "一般公共预算收入增长{v}%", 3.0, 8.0, 2.5),
    Indicator("disposable_income", "居民人均可支配收入增长{v}%", "居民人均可支配收入增长{v}%", 5.0, 8.5, 1.0),
    Indicator("new_urban_jobs", "城镇新增就业{v}万人以上", "城镇新增就业{v}万人", 0.5, 3.0, 0.4, 2),
    Indicator("surveyed_unemployment", "城镇调查失业率控制在{v}%以内", "城镇调查失业率为{v}%", 4.5, 5.5, 0.4),
    Indicator("cpi", "居民消费价格涨幅控制在{v}%左右", "居民消费价格上涨{v}%", 2.0, 3.0, 0.8),
    Indicator("foreign_trade", "外贸进出口总额增长{v}%", "外贸进出口总额增长{v}%", 2.0, 9.0, 4.0),
)
# The share of outcomes a review leaves out: the silence the tracker is for.
SILENCE = 0.08


def target_value(government: Government, year: int, indicator: Indicator) -> float:
    rng = random.Random(f"target:{government.index}:{year}:{indicator.code}")
    return round(rng.uniform(indicator.low, indicator.high), indicator.digits)


def outcome_value(government: Government, year: int, indicator: Indicator) -> float | None:
    """What the next report says happened, or None when it stays silent."""
    rng = random.Random(f"outcome:{government.index}:{year}:{indicator.code}")
    if rng.random() < SILENCE:
        return None
    planned = target_value(government, year, indicator)
    # Mostly on the good side of the target, as reported figures tend to be.
    drift = rng.uniform(-0.4, 1.0) * indicator.noise
    if indicator.code in ("surveyed_unemployment", "cpi"):
        drift = -drift
    return round(max(0.1, planned + drift), indicator.digits)


# --- text ----------------------------------------------------------------------------------------

_WORK = (
    "我们坚持把发展经济的着力点放在实体经济上,推动传统产业改造升级,培育壮大新兴产业,{short}产业结构持续优化。",
    "深化重点领域改革,优化营商环境,企业开办时间进一步压缩,政务服务事项基本实现网上可办。",
    "坚持农业农村优先发展,完善农田水利设施,推进高标准农田建设,乡村面貌持续改善。",
    "统筹推进城市更新和老旧小区改造,完善道路、供水、燃气等基础设施,城市功能不断完善。",
    "坚持生态优先、绿色发展,深入推进大气、水、土壤污染防治,河湖长制全面落实。",
    "办好人民满意的教育,新建和改扩建中小学校、幼儿园,义务教育均衡发展水平进一步提高。",
    "推进健康{short}建设,完善基层医疗卫生服务体系,家庭医生签约服务覆盖面持续扩大。",
    "加强社会保障体系建设,养老、医疗、失业等保险覆盖面稳步扩大,困难群众基本生活得到保障。",
    "繁荣发展文化事业,公共文化服务设施网络不断健全,群众性文体活动丰富多彩。",
    "统筹发展和安全,扎实做好安全生产、防灾减灾和食品药品监管工作,社会大局和谐稳定。",
    "加快交通网络建设,干线公路提档升级,农村公路通达水平明显提高,群众出行更加便捷。",
    "大力推进科技创新,支持企业建设研发机构,科技成果转化和产业化步伐加快。",
    "扩大对外开放,积极承接产业转移,招商引资质量和效益稳步提升。",
    "加强政府自身建设,自觉接受人大法律监督、工作监督和政协民主监督,认真办理代表建议和委员提案。",
    "持续改善民生,财政民生支出占比保持在较高水平,一批群众关心的实事项目如期完成。",
    "推动数字经济发展,实施企业上云和智能化改造,新一代信息基础设施加快布局。",
    "坚持项目为王,建立重大项目全生命周期服务机制,一批打基础、利长远的项目建成投用。",
    "实施就业优先政策,开展职业技能培训,高校毕业生、退役军人和农民工等重点群体就业保持稳定。",
    "推进医养结合,新建社区养老服务站点,居家和社区养老服务网络逐步形成。",
    "深化国资国企改革,完善现代企业制度,国有资本布局进一步优化。",
    "支持民营经济发展壮大,落实减税降费政策,切实帮助中小微企业纾困解难。",
    "加强基层治理,推进网格化管理服务,矛盾纠纷多元化解机制不断完善。",
    "强化水资源保护,推进污水处理设施提标改造,城乡供水保障能力持续增强。",
    "推进文旅融合发展,打造精品旅游线路,{short}旅游知名度和美誉度不断提升。",
    "加快物流体系建设,完善县乡村三级物流配送网络,农产品出村进城更加顺畅。",
    "落实耕地保护制度,坚决遏制耕地非农化,粮食安全责任制考核全面完成。",
    "推进住房保障,筹集保障性租赁住房,新市民、青年人住房困难逐步缓解。",
    "开展爱国卫生运动,城乡环境卫生整治常态化推进,群众健康素养稳步提高。",
    "加强金融服务实体经济,扩大普惠金融覆盖面,企业融资成本稳中有降。",
    "深入推进依法行政,规范行政决策程序,政务公开工作扎实推进。",
    "驰而不息纠治“四风”,严格执行中央八项规定精神,政府系统作风持续好转。",
    "推进区域协调发展,主动融入区域合作,与周边地区在交通、产业、生态等领域合作不断深化。",
)
_PLAN_WORK = (
    "坚持稳中求进工作总基调,完整、准确、全面贯彻新发展理念,着力推动高质量发展。",
    "做强做优实体经济,实施产业链提升行动,推动制造业高端化、智能化、绿色化发展。",
    "全面推进乡村振兴,稳定粮食生产,发展特色产业,持续增加农民收入。",
    "持续优化营商环境,深化“放管服”改革,依法平等保护各类市场主体合法权益。",
    "加强生态环境保护,深入打好污染防治攻坚战,推动绿色低碳转型。",
    "扎实办好民生实事,健全多层次社会保障体系,推进基本公共服务均等化。",
    "统筹发展和安全,防范化解重点领域风险,建设更高水平的平安{short}。",
    "深化法治政府建设,严格规范公正文明执法,持续转变政府职能。",
)
_CLOSING = "各位代表,让我们更加紧密地团结在一起,锐意进取,真抓实干,为全面完成今年目标任务而努力奋斗!"


def report_text(government: Government, year: int) -> str:
    """The work report of `government` for `year`: header, review of year-1, plan for year."""
    rng = random.Random(f"text:{government.index}:{year}")
    session = _NUMERALS[(year - 1998) // 5 % 10] if year >= 1998 else "九"
    meeting = _NUMERALS[(year - 1998) % 5]
    month, day = rng.choice((1, 2, 3)), rng.randint(5, 25)
    speaker = rng.choice(_SURNAMES) + rng.choice(_GIVEN) + rng.choice(("", rng.choice(_GIVEN)))
    if government.level == "national":
        month, day = 3, 5
        header = [
            "政府工作报告",
            f"——{year}年3月5日在第{session}届全国人民代表大会第{meeting}次会议上",
            f"国务院总理  {speaker}",
        ]
    else:
        header = [
            f"{year}年{government.name}政府工作报告",
            f"——{year}年{month}月{day}日在{government.name}第{session}届人民代表大会第{meeting}次会议上",
            f"{government.name}人民政府{government.role}  {speaker}",
        ]
    review = [
        f"一、{year - 1}年工作回顾",
        f"过去一年,面对复杂严峻的外部环境,我们在上级党委、政府的坚强领导下,团结带领全{_unit(government)}人民,"
        f"攻坚克难、砥砺前行,较好完成了{year - 1}年目标任务。",
        _review_figures(government, year - 1, rng),
        "过去一年,我们主要做了以下工作。",
        *_paragraphs(government, rng, 10),
    ]
    plan = [
        f"二、{year}年工作安排",
        *rng.sample([line.format(short=government.short) for line in _PLAN_WORK], 4),
        f"{year}年经济社会发展的主要预期目标是:"
        + ",".join(indicator.plan.format(v=_fmt(target_value(government, year, indicator), indicator))
                   for indicator in INDICATORS)
        + "。",
        "重点抓好以下几个方面工作。",
        *_paragraphs(government, rng, 10),
        _CLOSING,
    ]
    return "\n\n".join([MARKER, *header, "各位代表:", "现在,我代表人民政府向大会报告工作,请予审议。", *review, *plan]) + "\n"


def _paragraphs(government: Government, rng: random.Random, count: int) -> list[str]:
    """Numbered work paragraphs of six sentences each, as a report's body has them."""
    sentences = [line.format(short=government.short) for line in _WORK]
    return [f"({_NUMERALS[i]}){''.join(rng.sample(sentences, 6))}" for i in range(count)]


def _review_figures(government: Government, year: int, rng: random.Random) -> str:
    clauses = []
    for indicator in INDICATORS:
        value = outcome_value(government, year, indicator)
        if value is not None:
            clauses.append(indicator.review.format(v=_fmt(value, indicator)))
    opening = rng.choice(("全年", "一年来,", "初步核算,全年"))
    return opening + ",".join(clauses) + "。"


def _unit(government: Government) -> str:
    return {"national": "国", "province": "省", "prefecture": "市"}.get(government.level, government.short[-1])


def _fmt(value: float, indicator: Indicator) -> str:
    return f"{value:.{indicator.digits}f}".rstrip("0").rstrip(".")


def write_archive(folder: Path, reports: int) -> list[Path]:
    """`reports` files in `folder`, a government's years together (25 per government), in
    folders of a hundred governments as an archive on disk would be kept."""
    world = governments(max(1, -(-reports // len(YEARS))))
    files = []
    for government in world:
        shelf = folder / f"{government.index // 100:03d}"
        shelf.mkdir(parents=True, exist_ok=True)
        for year in YEARS:
            if len(files) == reports:
                return files
            path = shelf / f"{government.index:05d}_{year}.txt"
            path.write_text(report_text(government, year), encoding="utf-8")
            files.append(path)
    return files
