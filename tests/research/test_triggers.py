"""Trigger events in headlines: types, negation, hedges, details, groups, score, routing, eval."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from research import triggers
from research.triggers import Detection, ItemEvents, TriggerSignal, detect_events
from research.types import PersonaTier

HEADLINES = Path(__file__).resolve().parent.parent / "data" / "headlines.jsonl"
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def types_of(title: str, summary: str = "") -> set[str]:
    return {d.type for d in detect_events(title, summary)}


def only(title: str, summary: str = "") -> Detection:
    found = detect_events(title, summary)
    assert len(found) == 1, found
    return found[0]


# --------------------------------------------------------------------------- each type


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # English
        ("Kestrel Data raises $25M Series B to expand its platform", "funding"),
        ("Acme acquires Beta Labs", "acquisition"),
        ("Tessellate has been acquired by Oracle", "acquisition"),
        ("Acme appoints Jane Doe as Chief Revenue Officer", "leadership_change"),
        ("Lumenary CEO Tom Becker steps down", "leadership_change"),
        ("Kestrel Data opens new office in London", "expansion"),
        ("Lumenary launches AI assistant for finance teams", "product_launch"),
        ("Kestrel Data partners with Snowflake", "partnership"),
        ("Orbitly now integrates with Microsoft Teams", "partnership"),
        ("Kestrel Data is hiring 300 engineers", "hiring"),
        ("Kestrel Data lays off 12% of staff", "layoffs_restructuring"),
        ("Kestrel Data files confidentially for U.S. IPO", "ipo"),
        ("Kestrel Data reports record third-quarter revenue", "financial_results"),
        ("Kestrel Data discloses data breach affecting 40,000 customers", "security_incident"),
        ("Update on yesterday's service outage", "security_incident"),
        ("Kestrel Data named a Leader in the Gartner Magic Quadrant", "award"),
        # simplified Chinese
        ("云迹科技完成数亿元B轮融资", "funding"),
        ("云帆科技宣布收购深度视觉100%股权", "acquisition"),
        ("星河数智任命张伟为首席技术官", "leadership_change"),
        ("深蓝智能联合创始人王磊离职", "leadership_change"),
        ("云迹科技进军东南亚市场", "expansion"),
        ("星河数智推出企业级大模型平台", "product_launch"),
        ("深蓝智能与华为达成战略合作", "partnership"),
        ("云迹科技启动2025校园招聘", "hiring"),
        ("深蓝智能宣布业务重组", "layoffs_restructuring"),
        ("深蓝智能向港交所递交上市申请", "ipo"),
        ("云迹科技发布2024年第三季度财报", "financial_results"),
        ("星河数智回应数据泄露事件", "security_incident"),
        ("云迹科技荣获2024年度最佳创新企业奖", "award"),
        # traditional Chinese
        ("「極光雲」完成新台幣3億元B輪募資", "funding"),
        ("瑞恩醫療完成對康健生技的併購", "acquisition"),
        ("陳志明接任鼎新電子董事長", "leadership_change"),
        ("知行汽車於德國設立歐洲總部", "expansion"),
        ("元象機器人發布人形機器人新品", "product_launch"),
        ("知行汽車與台積電建立長期合作夥伴關係", "partnership"),
        ("知行汽車啟動大規模招募，新增300個職缺", "hiring"),
        ("知行汽車裁員逾千人", "layoffs_restructuring"),
        ("知行汽車今日於納斯達克掛牌上市", "ipo"),
        ("知行汽車公佈第二季財報，虧損收窄", "financial_results"),
        ("知行汽車疑遭駭客入侵，用戶資料外洩", "security_incident"),
        ("知行汽車榮獲台灣精品獎", "award"),
    ],
)
def test_each_type_is_found_in_english_and_chinese(title: str, expected: str) -> None:
    assert expected in types_of(title)


def test_traditional_and_simplified_spellings_find_the_same_event() -> None:
    simplified = only("瑞恩医疗完成对康健生技的并购")
    traditional = only("瑞恩醫療完成對康健生技的併購")
    assert (simplified.type, simplified.evidence.start, simplified.evidence.end) == (
        traditional.type,
        traditional.evidence.start,
        traditional.evidence.end,
    )
    assert traditional.evidence.text == "併購"  # what the user sees, not the mapped text


def test_most_items_carry_no_event() -> None:
    for title in (
        "Holiday support hours",
        "Behind the scenes: our engineering on-call rotation",
        "中秋节放假通知",
        "新年快樂！感謝您一年來的支持",
        "",
    ):
        assert detect_events(title) == []


# --------------------------------------------------------------------------- false positives


@pytest.mark.parametrize(
    "title",
    [
        "Lunch and learn: getting started with dashboards",
        "Launch & Learn: live demo of our reporting tools",
        "How to get funding: a guide for first-time founders",
        "10 hiring tips for first-time managers",
        "Release notes: version 4.2.1",
        "Our CEO raises awareness of mental health in tech",
        "5 ways to acquire customers without paid ads",
        "Lowering customer acquisition cost with product-led growth",
        "Log in to the new partner portal",
        "Join our hackathon this weekend",
        "Our award-winning support team is here to help",
        "Book an appointment with our solutions team",
        "Office hours: open Q&A with our product team",
        "Acme releases 2025 State of Data Report",
        "融资租赁业务介绍：为制造企业盘活设备资产",
        "加盟店火热招商中，欢迎加盟",
        "重组蛋白药物研发取得新进展",
        "拓展坞选购指南",
        "上市公司信息披露指南",
        "The future of work is here",
        "The best places to work remotely",
        "We moved! Our new London office address",
        "Customers are hiring fewer contractors, survey says",
    ],
)
def test_classic_false_positives_are_not_events(title: str) -> None:
    assert detect_events(title) == []


def test_security_products_are_launches_not_incidents() -> None:
    assert types_of("Talon Security launches ransomware protection for SMBs") == {"product_launch"}


def test_release_of_results_is_financial_results_not_a_launch() -> None:
    assert types_of("星河数智发布2024年第三季度财报") == {"financial_results"}


def test_launching_in_a_country_is_expansion_not_a_launch() -> None:
    assert types_of("Lumenary launches in Australia and New Zealand") == {"expansion"}


def test_a_hiring_freeze_is_restructuring_not_hiring() -> None:
    assert types_of("Acme announces hiring freeze amid slowdown") == {"layoffs_restructuring"}


def test_a_pre_ipo_round_is_funding_not_an_ipo() -> None:
    assert types_of("Lumenary raises $50M pre-IPO round") == {"funding"}


def test_a_listed_product_is_a_launch_not_an_ipo() -> None:
    assert types_of("知行汽车新款SUV正式上市，售价25万元起") == {"product_launch"}


# --------------------------------------------------------------------------- negation, hedging


@pytest.mark.parametrize(
    "title",
    [
        "Acme denies acquisition rumours",
        "Acme has no plans for layoffs, CEO tells staff",
        "Our CEO: Northwind is not for sale",
        "Orbitly is not being acquired — here's the truth",
        "Meridian AI CEO rules out IPO this year",
        "Kestrel Data denies outage reports, says service is healthy",
        "Plinth says IPO is not on the table",
        "星辰科技否认被收购传闻",
        "微光医疗：暂无裁员计划",
        "公司回应：网传裁员消息不实",
        "知行汽车回应：不会赴港上市",
    ],
)
def test_denials_and_negations_are_not_events(title: str) -> None:
    assert detect_events(title) == []


def test_negation_is_scoped_to_its_clause() -> None:
    found = only("Cobalt Grid denies layoffs, confirms restructuring of sales team")
    assert found.type == "layoffs_restructuring"
    assert found.evidence.text == "restructuring"
    assert found.confirmed
    # A denial in the title does not cancel a separate announcement in the summary.
    mixed = detect_events("Acme denies acquisition rumours", "Acme also opened an office in Paris.")
    assert [d.type for d in mixed] == ["expansion"]


@pytest.mark.parametrize(
    ("title", "hedge"),
    [
        ("Meridian AI is reportedly raising at a $2B valuation", "reportedly"),
        ("Sources: Datalume in talks to buy Ostrich AI", "Sources"),
        ("Northwind, rumoured acquisition target, declines to comment", "rumoured"),
        ("Quantive explores sale after strategic review", "explores sale"),
        ("Kestrel Data is considering a plant in Vietnam", "considering"),
        ("Is Orbitly about to be acquired?", "?"),
        ("據悉，碳硅科技正在洽談新一輪融資", "据悉"),
        ("傳聞雲峰資訊將獲新一輪融資", "传闻"),
        ("恒信集团拟收购星链物流51%股份", "拟"),
    ],
)
def test_hedged_news_is_an_unconfirmed_event_with_lower_confidence(title: str, hedge: str) -> None:
    found = only(title)
    assert not found.confirmed
    assert found.hedge == hedge
    assert found.confidence < 0.6
    assert hedge in found.reason


def test_confirmed_news_is_more_confident_than_the_same_news_hedged() -> None:
    confirmed = only("Acme acquires Beta Labs")
    hedged = only("Acme reportedly acquires Beta Labs")
    assert confirmed.confirmed and not hedged.confirmed
    assert confirmed.confidence > hedged.confidence


def test_an_event_in_the_title_is_more_confident_than_in_the_summary() -> None:
    in_title = only("Acme acquires Beta Labs")
    in_summary = only("A note from our CEO", "Acme acquires Beta Labs.")
    assert in_title.confidence > in_summary.confidence
    assert in_summary.evidence.field == "summary"


def test_background_mentions_in_a_relative_clause_are_not_news() -> None:
    assert (
        detect_events(
            "Customer story: Fernway cuts shipping costs",
            "Fernway, which raised its Series A last year, needed a carrier platform.",
        )
        == []
    )


# --------------------------------------------------------------------------- several events


def test_one_item_can_carry_several_events() -> None:
    assert types_of("Fernway raises $30M and appoints former Uber exec as CEO") == {
        "funding",
        "leadership_change",
    }
    assert types_of("星河数智发布三季度财报，同时宣布裁员10%") == {
        "financial_results",
        "layoffs_restructuring",
    }
    assert types_of(
        "Fernway secures €12M in Series A funding",
        "The startup will use the capital to hire 40 engineers and open an office in Amsterdam.",
    ) == {"funding", "hiring", "expansion"}


# --------------------------------------------------------------------------- details


def test_funding_details_amount_currency_round() -> None:
    details = only("Kestrel Data raises $25M Series B to expand").details
    assert details["amount"] == 25_000_000
    assert details["currency"] == "USD"
    assert details["round"] == "Series B"
    assert details["amount_text"] == "$25M"


@pytest.mark.parametrize(
    ("title", "amount", "currency", "round_name"),
    [
        ("Fernway secures €12M in Series A funding", 12_000_000, "EUR", "Series A"),
        ("Quillstack bags £6m to bring AI to accountants", 6_000_000, "GBP", None),
        ("Ashgrove Energy raises $1.2 billion to build storage", 1_200_000_000, "USD", None),
        ("Sparrow Pay secures US$15 million", 15_000_000, "USD", None),
        ("Lumenary closes $8.5 million seed round", 8_500_000, "USD", "seed"),
        ("星河数智宣布完成5000万元A+轮融资", 50_000_000, "CNY", "A+轮"),
        ("元象机器人完成1亿美元C轮融资", 100_000_000, "USD", "C轮"),
        ("「極光雲」完成新台幣3億元B輪募資", 300_000_000, "TWD", "B轮"),
        ("微光医疗完成Pre-A轮融资", None, None, "Pre-A轮"),
        ("深蓝智能获得数千万元天使轮融资", None, "CNY", "天使轮"),
    ],
)
def test_funding_amounts_in_many_spellings(
    title: str, amount: float | None, currency: str | None, round_name: str | None
) -> None:
    details = only(title).details
    assert details.get("amount") == amount
    assert details.get("currency") == currency
    assert details.get("round") == round_name


def test_vague_chinese_amounts_keep_their_text_and_no_number() -> None:
    details = only("云迹科技完成数亿元B轮融资，由红杉中国领投").details
    assert details["amount_text"] == "数亿元"
    assert details["amount"] is None  # no made-up lower bound
    assert details["currency"] == "CNY"
    assert details["round"] == "B轮"


@pytest.mark.parametrize(
    ("title", "counterpart"),
    [
        ("Acme acquires Beta Labs", "Beta Labs"),
        ("Ravenna buys Dutch payments startup Klarpay", "Klarpay"),
        ("Northwind to acquire Foxglove Analytics for $300 million", "Foxglove Analytics"),
        ("Kestrel Data partners with Snowflake to simplify analytics", "Snowflake"),
        ("深蓝智能与华为达成战略合作", "华为"),
        ("云迹科技携手腾讯云打造智慧酒店方案", "腾讯云"),
        ("云帆科技宣布收购深度视觉100%股权", "深度视觉"),
        ("知行汽車與台積電建立長期合作夥伴關係", "台積電"),
    ],
)
def test_counterparts_of_deals_and_partnerships(title: str, counterpart: str) -> None:
    assert only(title).details["counterpart"] == counterpart


def test_being_acquired_names_the_acquirer() -> None:
    details = only("Tessellate has been acquired by Oracle").details
    assert details == {"counterpart": "Oracle", "direction": "acquired_by"}
    assert only("天禾软件被字节跳动收购").details["direction"] == "acquired_by"


@pytest.mark.parametrize(
    ("title", "person", "role"),
    [
        ("Acme appoints Jane Doe as Chief Revenue Officer", "Jane Doe", "Chief Revenue Officer"),
        (
            "Northwind names Carlos Mendez Chief Financial Officer",
            "Carlos Mendez",
            "Chief Financial Officer",
        ),
        ("Priya Raman joins Kestrel Data as VP of Engineering", "Priya Raman", "VP of Engineering"),
        ("Welcoming our new CMO, Aisha Khan", "Aisha Khan", "CMO"),
        ("Founder Mark Ellis to retire as CEO of Harbor Labs", "Mark Ellis", "CEO"),
        ("星河数智任命张伟为首席技术官", "张伟", "首席技术官"),
        ("前微软高管李娜出任云迹科技CEO", "李娜", "CEO"),
        ("恒拓新能董事会聘任周强为总经理", "周强", "总经理"),
    ],
)
def test_people_and_roles_of_leadership_changes(title: str, person: str, role: str) -> None:
    details = only(title).details
    assert (details["person"], details["role"]) == (person, role)


def test_evidence_offsets_slice_back_to_the_evidence_text() -> None:
    checked = 0
    for line in HEADLINES.read_text("utf-8").splitlines():
        row = json.loads(line)
        for found in detect_events(row["title"], row["summary"]):
            ev = found.evidence
            assert row[ev.field][ev.start : ev.end] == ev.text, (row, found)
            assert ev.text == ev.text.strip() and ev.text
            assert re.fullmatch(r"[a-z_]+/(en|zh|weak-en|weak-zh|tentative-en|tentative-zh)/\d+", ev.rule)
            checked += 1
    assert checked > 300


def test_full_width_and_traditional_text_keeps_offsets() -> None:
    found = only("ＡＣＭＥ　完成ＵＳＤ５Ｍ融資")
    assert "融資" in found.evidence.text
    assert "ＡＣＭＥ　完成ＵＳＤ５Ｍ融資"[found.evidence.start : found.evidence.end] == (found.evidence.text)


# --------------------------------------------------------------------------- user phrases


def test_user_phrases_extend_a_type_literally_and_case_insensitively() -> None:
    rules = triggers.load_rules({"funding": ["War Chest", "獲得注資（C+）"]})
    found = detect_events("Acme fills its war chest for 2026", rules=rules)
    assert [(d.type, d.evidence.text, d.evidence.rule) for d in found] == [("funding", "war chest", "funding/user/0")]
    assert [d.type for d in detect_events("星河获得注资（C+）", rules=rules)] == ["funding"]
    # The built-in rules are untouched and the phrase still honours negation.
    assert detect_events("Acme fills its war chest for 2026") == []
    assert detect_events("Acme has no war chest", rules=rules) == []


def test_user_phrases_for_an_unknown_type_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown trigger type"):
        triggers.load_rules({"fundraising": ["war chest"]})


def test_keyword_gate_loses_nothing_on_the_labelled_set() -> None:
    # The keyword lists in triggers.json decide which patterns run; they must
    # not hide a match that running every pattern would find.
    for line in HEADLINES.read_text("utf-8").splitlines():
        row = json.loads(line)
        fast = detect_events(row["title"], row["summary"])
        assert fast == detect_events(row["title"], row["summary"], gate=False), row


# --------------------------------------------------------------------------- grouping


def item(item_id: str, title: str, days: float, account: str = "acme") -> ItemEvents:
    return ItemEvents(item_id, account, NOW - timedelta(days=days), title, tuple(detect_events(title)))


def test_reports_of_the_same_event_group_together() -> None:
    groups = triggers.group_events(
        [
            item("a", "Acme raises $25M Series B led by Northstar", 3),
            item("b", "Acme raises $25 million in Series B funding - TechCrunch", 2),
            item("c", "Northstar leads $25M Series B in Acme", 1.5),
            item("d", "Acme launches AI assistant for finance teams", 2),
            item("e", "Acme raises $25M Series B led by Northstar", 2, account="other"),
        ]
    )
    by_key = {(g.account_id, g.type): g for g in groups}
    assert sorted(by_key[("acme", "funding")].item_ids) == ["a", "b", "c"]
    assert by_key[("acme", "product_launch")].item_ids == ["d"]
    assert by_key[("other", "funding")].item_ids == ["e"]
    assert len(groups) == 3
    funding = by_key[("acme", "funding")]
    assert funding.first_published == NOW - timedelta(days=3)
    assert funding.last_published == NOW - timedelta(days=1.5)


def test_the_same_type_far_apart_or_about_different_things_stays_separate() -> None:
    groups = triggers.group_events(
        [
            item("old", "Acme raises $10M seed round", 30),
            item("new", "Acme raises $25M Series B", 1),
            item("x", "Acme launches AI assistant for finance teams", 2),
            item("y", "Acme unveils new warehouse robot at CES", 1),
        ]
    )
    assert sorted(sorted(g.item_ids) for g in groups) == [["new"], ["old"], ["x"], ["y"]]
    assert groups[0].last_published >= groups[-1].last_published  # newest first


def test_chinese_reports_group_by_characters() -> None:
    groups = triggers.group_events(
        [
            item("a", "云迹科技完成数亿元B轮融资，由红杉中国领投", 2),
            item("b", "红杉中国领投，云迹科技获数亿元B轮融资", 1),
            item("c", "云迹科技推出新一代服务机器人", 1),
            item("d", "云迹科技发布AI客服平台", 1),
            item("e", "雲跡科技推出新一代服務機器人 - 科技日報", 0.5),
        ]
    )
    assert sorted(sorted(g.item_ids) for g in groups) == [["a", "b"], ["c", "e"], ["d"]]
    score, mode = triggers.title_similarity("云迹科技完成数亿元B轮融资", "红杉中国领投，云迹科技获数亿元B轮融资")
    assert mode == "chars" and score > 60


# --------------------------------------------------------------------------- score


def signal(kind: str, days: float, **kwargs: object) -> TriggerSignal:
    return TriggerSignal(kind, NOW - timedelta(days=days), **kwargs)  # type: ignore[arg-type]


def test_score_decays_with_age_at_the_configured_half_life() -> None:
    fresh = triggers.why_now_score([signal("funding", 0)], NOW)
    two_weeks = triggers.why_now_score([signal("funding", 14)], NOW)
    assert fresh.score == 63  # 100 x (1 - e^-1) for one fresh weight-1 trigger
    assert two_weeks.contributions[0].decay == pytest.approx(0.5)
    assert fresh.score > two_weeks.score > triggers.why_now_score([signal("funding", 90)], NOW).score


def test_score_weights_orders_types_and_explains_each_trigger() -> None:
    result = triggers.why_now_score(
        [
            signal("award", 0, trigger_id="t1", label="Acme wins award"),
            signal("funding", 3, trigger_id="t2", label="Acme raises $25M"),
            signal("layoffs_restructuring", 10, trigger_id="t3"),
        ],
        NOW,
    )
    assert [c.trigger_id for c in result.contributions] == ["t2", "t3", "t1"]
    assert sum(c.share for c in result.contributions) == pytest.approx(result.score, abs=0.1)
    # the type as people name it, then the numbers that made its points
    assert result.contributions[0].reason.startswith("Funding weight 1, 3.0 days old (x0.86 at a 14-day half-life)")
    assert 0 < result.score <= 100


def test_unconfirmed_counts_less_and_dismissed_counts_nothing() -> None:
    confirmed = triggers.why_now_score([signal("funding", 1)], NOW)
    unconfirmed = triggers.why_now_score([signal("funding", 1, confirmed=False)], NOW)
    dismissed = triggers.why_now_score([signal("funding", 1, dismissed=True)], NOW)
    assert confirmed.raw == pytest.approx(2 * unconfirmed.raw, rel=1e-3)
    assert dismissed.score == 0 and dismissed.contributions[0].reason.endswith("dismissed (x0)")
    assert triggers.why_now_score([], NOW).score == 0


def test_many_triggers_approach_but_never_pass_100() -> None:
    result = triggers.why_now_score([signal(t, 0) for t in triggers.TYPES] * 3, NOW)
    assert 95 <= result.score <= 100


def test_score_accepts_groups() -> None:
    groups = triggers.group_events([item("a", "Acme raises $25M Series B", 0)])
    result = triggers.why_now_score([TriggerSignal.from_group(g, "g1") for g in groups], NOW)
    assert result.contributions[0].label == "Acme raises $25M Series B"
    assert result.score == 63


@pytest.mark.parametrize(
    ("weeks", "surge"),
    [
        ([1, 1, 1, 1, 5], True),  # 5 >= max(3, 2 x 1)
        ([0, 0, 0, 0, 3], True),
        ([0, 0, 0, 0, 2], False),  # below the minimum of 3
        ([3, 4, 3, 4, 6], False),  # 6 < 2 x 3.5
        ([3, 4, 3, 4, 7], True),
        ([9, 1, 1, 1, 1, 4], True),  # only the last four weeks are the baseline
        ([4], True),
        ([], False),
    ],
)
def test_news_surge_against_the_four_week_baseline(weeks: list[int], surge: bool) -> None:
    assert triggers.news_surge(weeks) is surge


# --------------------------------------------------------------------------- routing


def test_routing_fills_the_talking_point_with_details() -> None:
    found = only("Kestrel Data raises $25M Series B to expand its platform")
    routing = triggers.route(found, "Kestrel Data", occurred_at=datetime(2026, 11, 3))
    assert routing.tier is PersonaTier.C_LEVEL
    assert "Kestrel Data" in routing.talking_point
    assert "$25M" in routing.talking_point and "Series B" in routing.talking_point
    assert "3 Nov 2026" in routing.talking_point
    assert routing.why


@pytest.mark.parametrize("kind", triggers.TYPES)
def test_routing_degrades_gracefully_without_details(kind: str) -> None:
    bare = Detection(kind, 0.9, True, triggers.Evidence("title", "x", 0, 1), {})
    routing = triggers.route(bare, "Acme")
    assert set(routing.talking_points) == {"c_level", "director", "practitioner"}
    for text in routing.talking_points.values():
        assert "Acme" in text
        assert not re.search(r"[{}\[\]]|None|  |\(\s*\)| ,", text), text


def test_leadership_routing_follows_the_new_persons_level() -> None:
    vp = only("Priya Raman joins Kestrel Data as VP of Engineering")
    ceo = only("Acme appoints Jane Doe as Chief Revenue Officer")
    assert triggers.route(vp, "Kestrel Data").tier is PersonaTier.DIRECTOR
    routing = triggers.route(ceo, "Acme")
    assert routing.tier is PersonaTier.C_LEVEL
    assert "Jane Doe" in routing.talking_point and "Chief Revenue Officer" in routing.talking_point


def test_chinese_counterpart_fills_the_partnership_template() -> None:
    routing = triggers.route(only("深蓝智能与华为达成战略合作"), "深蓝智能")
    assert routing.tier is PersonaTier.DIRECTOR
    assert "华为" in routing.talking_point


def test_render_template_optional_parts_and_fallbacks() -> None:
    template = "Congrats on {company}'s[ {amount}][ {round}] raise with {counterpart}."
    assert (
        triggers.render_template(template, {"company": "Acme", "round": "Series B"}, {"counterpart": "them"})
        == "Congrats on Acme's Series B raise with them."
    )


# --------------------------------------------------------------------------- routing in Chinese


def test_chinese_funding_routed_in_chinese_fills_amount_round_and_date() -> None:
    found = only("云帆物流科技完成数亿元B轮融资")
    routing = triggers.route(found, "云帆物流科技", occurred_at=datetime(2026, 11, 21), language="zh")
    assert routing.language == "zh" and routing.tier is PersonaTier.C_LEVEL
    assert "云帆物流科技于2026年11月21日完成数亿元B轮融资" in routing.talking_point
    assert re.search(r"[\u4e00-\u9fff]", routing.why) and "CEO" in routing.why
    for text in routing.talking_points.values():
        assert "云帆物流科技" in text and not re.search(r"[{}\[\]]|None", text), text
        # Chinese through and through: no English template words left over.
        assert not re.search(r"[A-Za-z]{3,}", text), text


def test_english_news_routed_in_chinese_reads_like_chinese_news() -> None:
    found = only("Kestrel Data raises $25M Series B to expand its platform")
    when = datetime(2026, 11, 3)
    routing = triggers.route(found, "Kestrel Data", occurred_at=when, language="zh_CN")
    assert "Kestrel Data于2026年11月3日完成2500万美元B轮融资" in routing.talking_point
    # Latin words from two values never run together ("Kestrel DataB轮").
    assert "Kestrel Data B轮融资" in routing.talking_points["practitioner"]
    seed = only("Acme closes €10 million seed round")
    assert "1000万欧元种子轮融资" in triggers.route(seed, "Acme", language="zh").talking_point


def test_strategic_round_is_not_doubled_in_chinese() -> None:
    routing = triggers.route(only("深蓝智能完成战略融资"), "深蓝智能", language="zh")
    assert "战略轮融资" in routing.talking_point and "融资融资" not in routing.talking_point


def test_english_stays_the_default_and_unchanged() -> None:
    found = only("云帆物流科技完成数亿元B轮融资")
    default = triggers.route(found, "云帆物流科技", occurred_at=datetime(2026, 11, 21))
    english = triggers.route(found, "云帆物流科技", occurred_at=datetime(2026, 11, 21), language="en")
    assert default == english and default.language == "en"
    assert default.talking_point.startswith("Congratulations on 云帆物流科技's 数亿元 B轮 raise")
    assert "21 Nov 2026" in default.talking_point
    assert default.why.startswith("New capital")


@pytest.mark.parametrize("kind", triggers.TYPES)
def test_chinese_routing_degrades_gracefully_without_details(kind: str) -> None:
    bare = Detection(kind, 0.9, True, triggers.Evidence("title", "x", 0, 1), {})
    routing = triggers.route(bare, "云帆物流科技", language="zh")
    assert set(routing.talking_points) == {"c_level", "director", "practitioner"}
    assert routing.why != triggers.route(bare, "云帆物流科技").why
    for text in routing.talking_points.values():
        assert "云帆物流科技" in text
        assert not re.search(r"[{}\[\]]|None|\(\s*\)|（\s*）|“\s*”|[A-Za-z]{3,}", text), text
    nameless = triggers.route(bare, "", language="zh")
    assert all("贵公司" in text for text in nameless.talking_points.values())


def test_every_type_has_complete_chinese_texts_with_the_same_details() -> None:
    config = triggers.load_rules().config
    assert triggers.missing_chinese_texts(config) == []
    for name, spec in config["types"].items():
        routing = spec["routing"]
        assert re.search(r"[\u4e00-\u9fff]", routing["why_zh"]), name
        assert set(routing["talking_points_zh"]) == set(routing["talking_points"]), name
        for tier, template in routing["talking_points_zh"].items():
            english = routing["talking_points"][tier]
            # The Chinese says as much as the English: the same details, no more, no fewer.
            wanted = set(re.findall(r"\{(\w+)\}", english))
            assert set(re.findall(r"\{(\w+)\}", template)) == wanted, (name, tier)
    assert set(config["fallbacks_zh"]) == set(config["fallbacks"])


def test_a_rules_file_missing_a_chinese_tier_is_refused_by_name(tmp_path: Path) -> None:
    resource = Path(triggers.__file__).parent.parent / "resources" / "triggers.json"
    config = json.loads(resource.read_text("utf-8"))
    del config["types"]["award"]["routing"]["talking_points_zh"]["director"]
    config["types"]["ipo"]["routing"]["why_zh"] = " "
    path = tmp_path / "triggers.json"
    path.write_text(json.dumps(config, ensure_ascii=False), "utf-8")
    with pytest.raises(ValueError, match=r"ipo: why_zh.*award: talking_points_zh\.director"):
        triggers.load_rules(path=path)


def test_routing_language_follows_the_accounts_script() -> None:
    assert triggers.routing_language("云帆物流科技") == "zh"
    assert triggers.routing_language("Yunfan Logistics", "中国", "") == "zh"
    assert triggers.routing_language("Northwind Freight", "United States") == "en"
    assert triggers.routing_language("トヨタ自動車") == "en"  # Japanese: kana beside the kanji
    assert triggers.routing_language(None, "") == "en"


# --------------------------------------------------------------------------- rules file


def test_rules_file_is_complete_and_editable_data() -> None:
    config = triggers.load_rules().config
    assert tuple(config["types"]) == triggers.TYPES
    placeholders = {"company", "amount", "round", "person", "role", "counterpart", "date"}
    placeholders |= {"headline", "location", "product", "headcount", "exchange", "period", "award"}
    for name, spec in config["types"].items():
        assert 0 < spec["weight"] <= 1, name
        assert spec["routing"]["tier"] in {"c_level", "director", "practitioner"}
        for template in spec["routing"]["talking_points"].values():
            assert set(re.findall(r"\{(\w+)\}", template)) <= placeholders, (name, template)
    assert config["scoring"]["half_life_days"] == 14


def test_changed_rules_file_changes_the_score(tmp_path: Path) -> None:
    config = json.loads(Path(triggers.__file__).parent.parent.joinpath("resources", "triggers.json").read_text("utf-8"))
    config["scoring"]["half_life_days"] = 7
    path = tmp_path / "triggers.json"
    path.write_text(json.dumps(config, ensure_ascii=False), "utf-8")
    result = triggers.why_now_score([signal("funding", 7)], NOW, triggers.load_rules(path=path))
    assert result.contributions[0].decay == pytest.approx(0.5)


# --------------------------------------------------------------------------- labelled set


def test_labelled_set_is_big_varied_and_mostly_hard() -> None:
    examples = triggers.load_labelled(HEADLINES)
    assert len(examples) >= 300
    none = sum(1 for e in examples if not e.events)
    chinese = sum(1 for e in examples if re.search(r"[\u4e00-\u9fff]", e.title))
    assert none / len(examples) >= 0.30
    assert chinese / len(examples) >= 0.25
    assert {t for e in examples for t in e.events} == set(triggers.TYPES)


def test_macro_f1_on_the_labelled_set() -> None:
    report = triggers.evaluate(triggers.load_labelled(HEADLINES))
    assert report.macro_f1 >= 0.8
    assert all(s.f1 >= 0.8 for s in report.per_type), report.per_type
    assert report.none_accuracy >= 0.95


def test_evaluate_accepts_plain_dicts_and_lists_what_it_got_wrong() -> None:
    report = triggers.evaluate(
        [
            {"title": "Acme acquires Beta Labs", "events": ["acquisition"]},
            {"title": "Acme acquires Beta Labs", "events": ["funding"]},
        ]
    )
    scores = {s.type: s for s in report.per_type}
    assert (scores["acquisition"].tp, scores["acquisition"].fp) == (1, 1)
    assert scores["funding"].fn == 1
    assert [(m.expected, m.predicted) for m in report.mistakes] == [(("funding",), ("acquisition",))]


def test_labelled_lines_are_validated_with_their_line_number() -> None:
    with pytest.raises(ValueError, match="line 2: unknown event type"):
        triggers.read_labelled(['{"title": "a", "events": []}', '{"title": "b", "events": ["x"]}'])
    with pytest.raises(ValueError, match="line 1: not JSON"):
        triggers.read_labelled(["{title"])
