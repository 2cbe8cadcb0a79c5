"""Loads the indicator taxonomy of DESIGN.md into the Indicator table, where staff edit it.

The rows are a frozen copy of the built-in taxonomy as it stood when this migration was written
(names, aliases, direction, tolerance, real-terms growth): a migration must give the same database
whatever the code looks like later. Built-in aliases added since reach an existing database with
``manage.py sync_taxonomy``. Existing rows are left alone: the admin owns them after this."""
from decimal import Decimal

from django.db import migrations

# (code, name_zh, name_en, direction, tolerance, real_terms, aliases)
ROWS = [
    ('gdp', '地区生产总值', 'Gross domestic product', 'higher', '0.5', True,
     ['地区生产总值', '国内生产总值', '生产总值', 'GDP', '经济总量', '经济', '地区生产总值总量', '经济增长', '经济增速', '国民生产总值']),
    ('industrial_va_above_scale', '规模以上工业增加值', 'Value added of industry above designated size', 'higher', '0.5', True,
     ['规模以上工业增加值', '规上工业增加值', '规模工业增加值', '规模以上工业企业增加值', '规上工业企业增加值']),
    ('industrial_output_above_scale', '规模以上工业总产值', 'Gross output of industry above designated size', 'higher', '0.5', True,
     ['规模以上工业总产值', '规上工业总产值', '规模以上工业产值', '规上工业产值', '规模工业总产值']),
    ('retail_sales', '社会消费品零售总额', 'Total retail sales of consumer goods', 'higher', '0.5', False,
     ['社会消费品零售总额', '社会消费品零售额', '社零总额', '社消零总额', '消费品零售总额']),
    ('fixed_asset_investment', '全社会固定资产投资', 'Fixed-asset investment', 'higher', '0.5', False,
     ['全社会固定资产投资', '固定资产投资', '固定资产投资总额', '全社会固定资产投资总额', '固投']),
    ('industrial_investment', '工业投资', 'Industrial investment', 'higher', '0.5', False,
     ['工业投资', '工业固定资产投资', '工业技改投资']),
    ('general_budget_revenue', '一般公共预算收入', 'General public budget revenue', 'higher', '0.5', False,
     ['一般公共预算收入', '一般公共财政预算收入', '公共财政预算收入', '地方一般公共预算收入', '一般预算收入', '地方财政一般预算收入', '财政一般预算收入', '一般公共预算收入总额']),
    ('tax_revenue', '税收收入', 'Tax revenue', 'higher', '0.5', False,
     ['税收收入', '全口径税收', '全口径税收收入', '全辖税收', '税收总收入', '区级税收', '地方税收']),
    ('disposable_income', '居民人均可支配收入', 'Per-capita disposable income', 'higher', '0.5', True,
     ['居民人均可支配收入', '全体居民人均可支配收入', '城乡居民人均可支配收入', '全体常住居民人均可支配收入', '常住居民人均可支配收入', '居民每人平均可支配收入', '全体居民每人平均可支配收入', '城乡居民每人平均可支配收入', '城乡居民收入', '居民收入', '人均可支配收入', '每人平均可支配收入']),
    ('disposable_income_urban', '城镇居民人均可支配收入', 'Urban per-capita disposable income', 'higher', '0.5', True,
     ['城镇居民人均可支配收入', '城镇常住居民人均可支配收入', '城市居民人均可支配收入', '城镇居民每人平均可支配收入', '城镇常住居民每人平均可支配收入', '城镇居民收入', '城镇…人均可支配收入']),
    ('disposable_income_rural', '农村居民人均可支配收入', 'Rural per-capita disposable income', 'higher', '0.5', True,
     ['农村居民人均可支配收入', '农村常住居民人均可支配收入', '农民人均可支配收入', '农村居民每人平均可支配收入', '农村常住居民每人平均可支配收入', '农民每人平均可支配收入', '农村居民收入', '农民收入', '农村…人均可支配收入']),
    ('cpi', '居民消费价格', 'Consumer price index', 'lower', '0.5', False,
     ['居民消费价格', '居民消费价格涨幅', '居民消费价格指数', '消费价格指数', '消费者物价指数', 'CPI', '物价涨幅', '居民消费价格总水平', '物价总水平']),
    ('new_urban_jobs', '城镇新增就业', 'New urban jobs', 'higher', '0.5', False,
     ['城镇新增就业', '新增城镇就业', '新增就业', '城镇新增就业人数', '新增就业人数', '城镇新增就业岗位']),
    ('surveyed_unemployment', '城镇调查失业率', 'Surveyed urban unemployment rate', 'lower', '0.1', False,
     ['城镇调查失业率', '调查失业率', '城镇调查失业率平均值']),
    ('registered_unemployment', '城镇登记失业率', 'Registered urban unemployment rate', 'lower', '0.1', False,
     ['城镇登记失业率', '登记失业率', '城镇失业率']),
    ('foreign_trade', '进出口总额', 'Total imports and exports', 'higher', '0.5', False,
     ['进出口总额', '外贸进出口', '外贸进出口总额', '外贸进出口额', '进出口额', '货物进出口总额', '货物贸易进出口', '进出口总值', '对外贸易进出口', '外贸进出口总值', '进出口']),
    ('fdi', '实际利用外资', 'Foreign direct investment actually used', 'higher', '0.5', False,
     ['实际利用外资', '实际使用外资', '利用外资', '实际利用外商直接投资', '实际使用外商直接投资', '实际到位外资', '实际利用外资金额', '实际使用外资金额']),
    ('rd_intensity', '研发经费投入占GDP比重', 'R&D spending as a share of GDP', 'higher', '0.1', False,
     ['研发…比重', '研发…强度', 'R&D…比重', 'R&D…强度', '研究与试验发展…比重', '研究与试验发展…强度', '科技研发…比重']),
    ('energy_intensity', '单位GDP能耗', 'Energy use per unit of GDP', 'lower', '0.5', True,
     ['单位GDP能耗', '单位地区生产总值能耗', '单位国内生产总值能耗', '单位生产总值能耗', '万元GDP能耗', '万元地区生产总值能耗', '单位GDP能源消耗', '单位地区生产总值能源消耗', '单位…生产总值…能耗']),
    ('grain_output', '粮食产量', 'Grain output', 'higher', '0.5', False,
     ['粮食产量', '粮食总产量', '粮食总产']),
    ('good_air_days', '空气质量优良天数', 'Days of good air quality', 'higher', '0.5', False,
     ['空气质量优良天数', '空气优良天数', '优良天数', '蓝天天数', '空气质量优良天数比例', '空气质量优良天数比率', '空气质量优良率', '优良天数比例', '优良天数比率']),
    ('deficit_ratio', '赤字率', 'Deficit ratio', 'lower', '0.1', False,
     ['赤字率', '财政赤字率']),
    ('primary_industry_va', '第一产业增加值', 'Value added of primary industry', 'higher', '0.5', True,
     ['第一产业增加值', '一产增加值', '农业增加值', '农林牧渔业增加值', '第一产业']),
    ('secondary_industry_va', '第二产业增加值', 'Value added of secondary industry', 'higher', '0.5', True,
     ['第二产业增加值', '二产增加值', '第二产业']),
    ('tertiary_industry_va', '第三产业增加值', 'Value added of tertiary industry', 'higher', '0.5', True,
     ['第三产业增加值', '三产增加值', '服务业增加值', '第三产业']),
    ('deposits_loans', '存贷款余额', 'Deposits and loans outstanding', 'higher', '0.5', False,
     ['存贷款余额', '本外币存贷款余额', '金融机构存贷款余额', '金融机构本外币存贷款余额', '存贷款余额总量']),
]


def load(apps, schema_editor):
    Indicator = apps.get_model("tracker", "Indicator")
    for code, name_zh, name_en, direction, tolerance, real_terms, aliases in ROWS:
        Indicator.objects.get_or_create(code=code, defaults={
            "name_zh": name_zh, "name_en": name_en, "aliases": aliases, "direction": direction,
            "tolerance": Decimal(tolerance), "real_terms": real_terms,
        })


class Migration(migrations.Migration):
    dependencies = [("tracker", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
