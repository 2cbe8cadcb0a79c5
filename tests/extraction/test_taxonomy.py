"""tracker/extraction/taxonomy.py: indicator words to codes; the taxonomy is data."""
import pytest

from tracker.extraction.taxonomy import DEFAULT_INDICATORS, DEFAULT_TAXONOMY, OTHER, IndicatorSpec, Taxonomy

DESIGN_CODES = {
    "gdp", "industrial_va_above_scale", "industrial_output_above_scale", "retail_sales", "fixed_asset_investment",
    "industrial_investment", "general_budget_revenue", "tax_revenue", "disposable_income", "disposable_income_urban",
    "disposable_income_rural", "cpi", "new_urban_jobs", "surveyed_unemployment", "registered_unemployment",
    "foreign_trade", "fdi", "rd_intensity", "energy_intensity", "grain_output", "good_air_days", "deficit_ratio",
    "primary_industry_va", "secondary_industry_va", "tertiary_industry_va", "deposits_loans",
}


def test_default_indicators_cover_every_design_code():
    assert {spec.code for spec in DEFAULT_INDICATORS} == DESIGN_CODES


def test_default_indicators_are_plain_data():
    for spec in DEFAULT_INDICATORS:
        assert isinstance(spec, IndicatorSpec)
        assert spec.direction in ("higher", "lower")
        assert spec.name_zh and spec.name_en and spec.aliases


@pytest.mark.parametrize("code", ["cpi", "surveyed_unemployment", "registered_unemployment", "energy_intensity",
                                  "deficit_ratio"])
def test_lower_is_better(code):
    assert DEFAULT_TAXONOMY.direction(code) == "lower"


@pytest.mark.parametrize("text, code", [
    ("地区生产总值", "gdp"), ("国内生产总值", "gdp"), ("全省生产总值", "gdp"), ("GDP", "gdp"), ("经济总量", "gdp"),
    ("全市经济", "gdp"), ("地区生产总值总量", "gdp"), ("重庆经开区地区生产总值增速", "gdp"),
    ("规模以上工业增加值", "industrial_va_above_scale"), ("规上工业增加值", "industrial_va_above_scale"),
    ("规上工业总产值", "industrial_output_above_scale"), ("规模以上工业总产值", "industrial_output_above_scale"),
    ("社会消费品零售总额", "retail_sales"), ("社会消费品零售额", "retail_sales"),
    ("全社会固定资产投资", "fixed_asset_investment"), ("固定资产投资总额", "fixed_asset_investment"),
    ("工业投资", "industrial_investment"), ("工业固定资产投资", "industrial_investment"),
    ("一般公共预算收入", "general_budget_revenue"), ("区级一般公共预算收入", "general_budget_revenue"),
    ("地方一般公共预算收入", "general_budget_revenue"), ("一般公共财政预算收入", "general_budget_revenue"),
    ("税收收入", "tax_revenue"), ("区级税收收入", "tax_revenue"), ("全口径税收", "tax_revenue"),
    ("居民人均可支配收入", "disposable_income"), ("全体居民人均可支配收入", "disposable_income"),
    ("居民每人平均可支配收入", "disposable_income"), ("城乡居民收入", "disposable_income"), ("居民收入", "disposable_income"),
    ("城镇居民人均可支配收入", "disposable_income_urban"), ("城镇常住居民人均可支配收入", "disposable_income_urban"),
    ("城镇居民每人平均可支配收入", "disposable_income_urban"),
    ("农村居民人均可支配收入", "disposable_income_rural"), ("农民人均可支配收入", "disposable_income_rural"),
    ("居民消费价格", "cpi"), ("居民消费价格涨幅", "cpi"), ("CPI", "cpi"),
    ("城镇新增就业", "new_urban_jobs"), ("新增就业", "new_urban_jobs"), ("新增城镇就业", "new_urban_jobs"),
    ("城镇调查失业率", "surveyed_unemployment"), ("城镇登记失业率", "registered_unemployment"),
    ("进出口总额", "foreign_trade"), ("外贸进出口", "foreign_trade"), ("外贸进出口额", "foreign_trade"),
    ("实际利用外资", "fdi"), ("实际使用外资", "fdi"),
    ("全社会研发经费投入占GDP比重", "rd_intensity"), ("研发经费投入强度", "rd_intensity"),
    ("R&D经费投入占地区生产总值比重", "rd_intensity"),
    ("单位GDP能耗", "energy_intensity"), ("单位地区生产总值能耗", "energy_intensity"),
    ("单位国内生产总值能耗", "energy_intensity"), ("万元GDP能耗", "energy_intensity"),
    ("粮食产量", "grain_output"), ("粮食总产量", "grain_output"),
    ("空气质量优良天数", "good_air_days"), ("蓝天天数", "good_air_days"), ("空气质量优良天数比率", "good_air_days"),
    ("赤字率", "deficit_ratio"),
    ("第一产业增加值", "primary_industry_va"), ("第二产业增加值", "secondary_industry_va"),
    ("第三产业增加值", "tertiary_industry_va"), ("服务业增加值", "tertiary_industry_va"),
    ("金融机构本外币存贷款余额", "deposits_loans"), ("存贷款余额", "deposits_loans"),
    # Not these indicators, though an alias is inside: the head noun or a modifier says otherwise.
    ("人均地区生产总值", OTHER), ("亿元地区生产总值生产安全事故死亡率", OTHER), ("数字产业增加值", OTHER),
    ("数字经济", OTHER), ("工业总产值", OTHER), ("研发经费投入", OTHER), ("第三产业增加值占地区生产总值比重", OTHER),
    ("民间投资", OTHER), ("一般公共预算支出", OTHER), ("", OTHER),
])
def test_resolve(text, code):
    assert DEFAULT_TAXONOMY.resolve(text) == code


@pytest.mark.parametrize("text, code", [
    ("全区空气质量优良天数再创新高", "good_air_days"),
    ("重庆经开区地区生产总值增速前三季度分别居全市第1", "gdp"),
    ("推动经济运行持续恢复向好", None),
    ("人均地区生产总值由8万元", None),
])
def test_mention(text, code):
    found = DEFAULT_TAXONOMY.mention(text)
    assert (found[0] if found else None) == code


def test_a_taxonomy_built_from_other_data_is_used():
    taxonomy = Taxonomy([IndicatorSpec("urbanisation", "常住人口城镇化率", "Urbanisation rate", ("城镇化率",))])
    assert taxonomy.resolve("常住人口城镇化率") == "urbanisation"
    assert taxonomy.resolve("地区生产总值") == OTHER

