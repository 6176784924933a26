"""ABM KPIs on a small workspace whose every figure is worked out by hand below.

The period is April 2026: [2026-04-01, 2026-05-01), 30 days, so the previous
period is [2026-03-02, 2026-04-01) and each period's "last 30 days" window is
the period itself. Six target accounts:

  A1 tier 1  created 2026-01-01  cold → engaged 03-10 → meeting 04-05 → opportunity 04-20
  A2 tier 1  created 2026-01-01  cold → engaged 03-15 → cold 04-20 (only a step back in April)
  A3 tier 2  created 2026-02-01  cold → engaged 04-10 → cold 04-25 (went back)
  A4 tier 2  created 2025-06-01  cold → opportunity 2025-09-01 → customer 03-20
  A5 tier 3  created 2026-04-15  no history, cold (exists only in the current period)
  A6 tier 3  created 2025-01-01  customer (since creation) → renewal 04-02

X9 is not a target account (archived): its facts must be ignored.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from app import i18n as app_i18n
from research import i18n
from research.metrics import (
    AccountFacts,
    ContactFacts,
    CostFacts,
    DealFacts,
    Kpi,
    ResearchTimeFacts,
    SignalFacts,
    TouchFacts,
    compute_kpis,
    kpi_definitions,
)
from research.types import PersonaTier, Stage

C, E, MQA, MEET, OPP, CUST, REN = (
    Stage.COLD, Stage.ENGAGED, Stage.MQA, Stage.MEETING, Stage.OPPORTUNITY, Stage.CUSTOMER,
    Stage.RENEWAL,
)  # fmt: skip
START, END = "2026-04-01", "2026-05-01"


def ts(day: str, time: str = "10:00:00") -> str:
    return f"{day}T{time}+00:00"


ACCOUNTS = [
    AccountFacts("A1", 1, OPP, [(ts("2026-01-01"), None, C), (ts("2026-03-10"), C, E),
                                (ts("2026-04-05"), E, MEET), (ts("2026-04-20"), MEET, OPP)],
                 ts("2026-01-01")),
    AccountFacts("A2", 1, C, [(ts("2026-01-01"), None, C), (ts("2026-03-15"), C, E),
                              (ts("2026-04-20"), E, C)], ts("2026-01-01")),
    # history given out of order on purpose: it must be read in time order
    AccountFacts("A3", 2, C, [(ts("2026-04-25"), E, C), (ts("2026-02-01"), None, C),
                              (ts("2026-04-10"), C, E)], ts("2026-02-01")),
    AccountFacts("A4", 2, CUST, [(ts("2025-06-01"), None, C), (ts("2025-09-01"), C, OPP),
                                 (ts("2026-03-20"), OPP, CUST)], ts("2025-06-01")),
    AccountFacts("A5", 3, C, [], ts("2026-04-15")),
    AccountFacts("A6", 3, REN, [(ts("2025-01-01"), None, CUST), (ts("2026-04-02"), CUST, REN)],
                 ts("2025-01-01")),
]  # fmt: skip

P = PersonaTier
CONTACTS = [
    ContactFacts("A1", P.C_LEVEL, True, ts("2026-03-12")),
    ContactFacts("A1", P.DIRECTOR, True, ts("2026-04-03")),
    ContactFacts("A1", P.PRACTITIONER, False, None),
    ContactFacts("A1", P.PRACTITIONER, True, ts("2026-04-30", "23:00:00")),
    ContactFacts("A2", P.DIRECTOR, False, None),
    ContactFacts("A3", P.DIRECTOR, True, ts("2026-04-12")),
    ContactFacts("A4", P.C_LEVEL, True, None),  # engaged, date unknown: counts in every period
    ContactFacts("A4", P.DIRECTOR, True, ts("2026-01-05")),
    *[ContactFacts("A6", P.UNKNOWN, True, ts("2025-02-01")) for _ in range(4)],
    ContactFacts("X9", P.C_LEVEL, True, ts("2026-04-10")),
]

TOUCHES = [
    TouchFacts("A1", None, ts("2026-02-01"), "outbound", "", "email"),
    TouchFacts("A1", None, ts("2026-03-10"), "inbound", "replied", "email"),
    TouchFacts("A1", None, ts("2026-04-04"), "outbound", "meeting_booked", "phone"),
    TouchFacts("A1", None, ts("2026-04-18"), "outbound", "", "phone"),
    TouchFacts("A2", None, ts("2026-03-20"), "outbound", "meeting_booked", "email"),
    TouchFacts("A3", None, ts("2026-04-11"), "outbound", "", "email"),
    TouchFacts("A4", None, ts("2025-08-01"), "outbound", "", "email"),
    TouchFacts("A4", None, ts("2025-08-20"), "outbound", "", "email"),
    TouchFacts("A4", None, ts("2026-03-01"), "outbound", "", "email"),
    TouchFacts("A4", None, ts("2026-04-10"), "outbound", "", "email"),
    TouchFacts("A6", None, ts("2026-04-20"), "outbound", "meeting_booked", "linkedin"),
    TouchFacts("X9", None, ts("2026-04-10"), "outbound", "meeting_booked", "email"),
]

DEALS = [
    DealFacts("A1", 60_000, 5_000, "new", "open", ts("2026-04-20")),  # D1
    DealFacts("A4", 120_000, 10_000, "new", "won", ts("2025-09-01"), ts("2026-03-20")),  # D2
    DealFacts("A4", 24_000, 2_000, "expansion", "won", ts("2026-04-05"), ts("2026-04-25")),  # D3
    DealFacts("A6", 36_000, 3_000, "renewal", "won", ts("2026-03-01"), ts("2026-04-02")),  # D4
    DealFacts("A2", 30_000, 2_500, "new", "lost", ts("2026-03-05"), ts("2026-04-15")),  # D5
    DealFacts("A3", 12_000, 1_000, "new", "open", ts("2026-04-22")),  # D6
    DealFacts("A6", 10_000, 833, "renewal", "lost", ts("2026-02-01"), ts("2026-03-25")),  # D7
    # D9 is listed before D8 but won earlier: A6's latest win in April is D8's
    DealFacts("A6", 4_000, 333, "expansion", "won", ts("2026-04-03"), ts("2026-04-10")),  # D9
    # D8 is created exactly at the period's start: in the current period, not open before it
    DealFacts("A6", 6_000, 500, "expansion", "won", ts("2026-04-01", "00:00:00"),
              ts("2026-04-29", "00:00:00")),
    DealFacts("X9", 99_000, 8_250, "new", "won", ts("2026-04-01"), ts("2026-04-20")),  # ignored
]  # fmt: skip

SIGNALS = [
    SignalFacts("A1", ts("2026-04-02")),
    SignalFacts("A1", ts("2026-04-03"), "pricing_page"),
    SignalFacts("A3", ts("2026-04-15")),
    SignalFacts("A2", ts("2026-03-10")),
    SignalFacts("X9", ts("2026-04-10")),
]
RESEARCH = [
    ResearchTimeFacts("A1", ts("2026-04-02"), 30),
    ResearchTimeFacts("A1", ts("2026-04-10"), 15),
    ResearchTimeFacts("A2", ts("2026-04-12"), 45),
    ResearchTimeFacts("A3", ts("2026-03-20"), 20),
]
COSTS = [CostFacts(ts("2026-04-01", "00:00:00"), 12_000), CostFacts(ts("2026-03-15"), 9_000)]


def compute(**kwargs: object) -> dict[str, Kpi]:
    facts: dict[str, object] = {
        "contacts": CONTACTS, "touches": TOUCHES, "deals": DEALS, "signals": SIGNALS,
        "research": RESEARCH, "costs": COSTS, "start": START, "end": END,
    }  # fmt: skip
    facts.update(kwargs)
    return compute_kpis(ACCOUNTS, **facts)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def kpis() -> dict[str, Kpi]:
    return compute()


def values(kpi: Kpi) -> tuple[float | None, float | None]:
    return kpi.current.value, kpi.previous.value


def part_values(kpi: Kpi) -> dict[str, tuple[float | None, float | None]]:
    return {key: values(part) for key, part in kpi.parts.items()}


def ids(kpi: Kpi) -> set[str]:
    return set(kpi.current.account_ids or ())


# -- accounts and engagement --------------------------------------------------------------


def test_target_accounts_by_tier(kpis: dict[str, Kpi]) -> None:
    k = kpis["target_accounts_by_tier"]
    # current: all six; previous: A5 was created 04-15, after the previous period ended
    assert values(k) == (6, 5)
    assert part_values(k) == {"1": (2, 2), "2": (2, 2), "3": (2, 1)}
    assert set(k.parts["3"].current.account_ids or ()) == {"A5", "A6"}
    assert k.change == 1


def test_engaged_and_unengaged_accounts(kpis: dict[str, Kpi]) -> None:
    # current: A1 (3 engaged), A3 (04-12), A4 (undated + 01-05), A6 (4) engaged; A2, A5 not
    # previous: A1 (03-12), A4, A6 engaged; A2 and A3 (first engaged 04-12) not
    assert values(kpis["engaged_accounts"]) == (4, 3)
    assert ids(kpis["engaged_accounts"]) == {"A1", "A3", "A4", "A6"}
    assert kpis["engaged_accounts_pct"].current.value == pytest.approx(400 / 6)  # 4 / 6
    assert kpis["engaged_accounts_pct"].previous.value == pytest.approx(60)  # 3 / 5
    assert kpis["unengaged_accounts_pct"].current.value == pytest.approx(200 / 6)  # 2 / 6
    assert kpis["unengaged_accounts_pct"].previous.value == pytest.approx(40)  # 2 / 5
    assert ids(kpis["unengaged_accounts_pct"]) == {"A2", "A5"}
    assert kpis["engaged_accounts_pct"].current.explanation == "4 engaged of 6 target accounts"


def test_web_visits_count_accounts_not_visits(kpis: dict[str, Kpi]) -> None:
    # current: A1 twice and A3 → 2 accounts (X9 ignored); previous: A2 on 03-10
    assert values(kpis["accounts_with_web_visits"]) == (2, 1)
    assert ids(kpis["accounts_with_web_visits"]) == {"A1", "A3"}


def test_committee_penetration_by_tier_and_weighted(kpis: dict[str, Kpi]) -> None:
    k = kpis["committee_penetration_by_tier"]
    # current, committee 12 / 6 / 3, capped at 100% per account:
    #   tier 1: A1 3/12 = .25, A2 0 → 12.5%; tier 2: A3 1/6, A4 2/6 → 25%
    #   tier 3: A5 0, A6 min(4, 3)/3 = 1 → 50%; all: (.25 + 0 + 1/6 + 2/6 + 0 + 1) / 6 = 1.75/6
    assert k.current.value == pytest.approx(100 * 1.75 / 6)
    assert k.parts["1"].current.value == pytest.approx(12.5)
    assert k.parts["2"].current.value == pytest.approx(25)
    assert k.parts["3"].current.value == pytest.approx(50)
    # previous: A1 1/12, A2 0 → 1/24; A3 0, A4 2/6 → 1/6; A6 alone → 100%; all 17/12 / 5
    assert k.parts["1"].previous.value == pytest.approx(100 / 24)
    assert k.parts["2"].previous.value == pytest.approx(100 / 6)
    assert k.parts["3"].previous.value == pytest.approx(100)
    assert k.previous.value == pytest.approx(100 * 17 / 60)
    w = kpis["committee_penetration_weighted"]
    # current: (3·.25 + 3·0 + 2·1/6 + 2·2/6 + 1·0 + 1·1) / (3+3+2+2+1+1) = 2.75 / 12
    assert w.current.value == pytest.approx(100 * 2.75 / 12)
    # previous: (3·1/12 + 3·0 + 2·0 + 2·2/6 + 1·1) / (3+3+2+2+1) = (23/12) / 11
    assert w.previous.value == pytest.approx(100 * 23 / 132)
    # half of a tier-1 committee weighs more than half of a tier-3 one: weighting pulls the
    # figure towards the weak tier-1 accounts here
    assert w.current.value < k.current.value


def test_committee_sizes_and_weights_can_be_changed() -> None:
    # tier 1 committee of 4: A1 3/4, A2 0 → 37.5%
    k = compute(committee_sizes={1: 4})["committee_penetration_by_tier"]
    assert k.parts["1"].current.value == pytest.approx(37.5)
    assert k.parts["2"].current.value == pytest.approx(25)  # other tiers keep their default
    # a callable decides every tier: everyone wants 1 engaged contact
    by_call = compute(committee_sizes=lambda tier: 1)["committee_penetration_by_tier"]
    assert by_call.current.value == pytest.approx(100 * 4 / 6)  # A1, A3, A4, A6 full
    # equal weights make the weighted figure the plain average
    flat = compute(tier_weights={1: 1, 2: 1, 3: 1})
    assert flat["committee_penetration_weighted"].current.value == pytest.approx(100 * 1.75 / 6)
    with pytest.raises(ValueError, match="at least 1"):
        compute(committee_sizes={2: 0})


# -- funnel -------------------------------------------------------------------------------


def test_stage_counts_rebuild_the_past_from_history(kpis: dict[str, Kpi]) -> None:
    k = kpis["stage_counts"]
    # end of April: A2, A3 and A5 cold, A1 opportunity, A4 customer, A6 renewal
    # end of March: A3 cold, A1 and A2 engaged, A4 and A6 customer
    assert part_values(k) == {
        "cold": (3, 1), "engaged": (0, 2), "mqa": (0, 0), "meeting": (0, 0),
        "opportunity": (1, 0), "customer": (1, 2), "renewal": (1, 0),
    }  # fmt: skip
    assert set(k.parts["cold"].current.account_ids or ()) == {"A2", "A3", "A5"}


def test_stage_conversion(kpis: dict[str, Kpi]) -> None:
    k = kpis["stage_conversion"]
    # furthest stage by end of April: A1 opportunity, A2 and A3 engaged (then back),
    # A4 customer, A5 cold, A6 renewal. Reached: cold 6, engaged 5, mqa 3, meeting 3,
    # opportunity 3, customer 2, renewal 1 (skipping a stage passes through it)
    cur = {key: part.current.value for key, part in k.parts.items()}
    assert cur == pytest.approx({
        "cold→engaged": 100 * 5 / 6, "engaged→mqa": 60, "mqa→meeting": 100,
        "meeting→opportunity": 100, "opportunity→customer": 100 * 2 / 3,
        "customer→renewal": 50,
    })  # fmt: skip
    assert k.current.value == pytest.approx(100 * 2 / 6)  # end to end: A4, A6 of 6
    # end of March: A1 engaged, A2 engaged, A3 cold, A4 customer, A6 customer.
    # Reached: cold 5, engaged 4, mqa/meeting/opportunity/customer 2, renewal 0
    prev = {key: part.previous.value for key, part in k.parts.items()}
    assert prev == pytest.approx({
        "cold→engaged": 80, "engaged→mqa": 50, "mqa→meeting": 100,
        "meeting→opportunity": 100, "opportunity→customer": 100, "customer→renewal": 0,
    })  # fmt: skip
    assert k.previous.value == pytest.approx(40)  # 2 of 5
    assert set(k.parts["engaged→mqa"].current.account_ids or ()) == {"A1", "A4", "A6"}


def test_progressed_accounts_in_the_last_30_days(kpis: dict[str, Kpi]) -> None:
    # April: A1 engaged→meeting, A3 cold→engaged, A6 customer→renewal moved forward → 3 / 6;
    # A3's later step back does not undo that it moved forward; A2 only stepped back.
    # March: A1 cold→engaged, A2 cold→engaged, A4 opportunity→customer → 3 / 5
    k = kpis["progressed_accounts_30d_pct"]
    assert values(k) == pytest.approx((50, 60))
    assert ids(k) == {"A1", "A3", "A6"}


def test_meetings_come_from_touch_outcomes(kpis: dict[str, Kpi]) -> None:
    # April: A1 04-04 and A6 04-20 (X9 ignored); March: A2 03-20
    assert values(kpis["meetings_created"]) == (2, 1)
    assert ids(kpis["meetings_created"]) == {"A1", "A6"}
    # the outcome list is editable
    assert compute(meeting_outcomes={"replied"})["meetings_created"].previous.value == 1


# -- pipeline and wins ----------------------------------------------------------------------


def test_opportunities_created_and_rate(kpis: dict[str, Kpi]) -> None:
    # April: D1 (A1), D3 (A4), D6 (A3), D9 and D8 (A6, D8 at 04-01 00:00 sharp)
    # → 5 at 4 of 6 accounts. March: D5 (A2) → 1 at 1 of 5 accounts.
    # Renewals D4, D7 are not opportunities.
    assert values(kpis["opportunities_created"]) == (5, 1)
    assert ids(kpis["opportunities_created"]) == {"A1", "A3", "A4", "A6"}
    assert values(kpis["opportunity_rate"]) == pytest.approx((100 * 4 / 6, 20))


def test_open_pipeline_at_the_end_of_each_period(kpis: dict[str, Kpi]) -> None:
    # end of April: D1 60,000 / 5,000 MRR and D6 12,000 / 1,000 MRR are open
    # end of March: only D5 (lost later, on 04-15) was open: 30,000 / 2,500 MRR;
    # D8 was created at 04-01 00:00, which is not before the end of March's period
    assert values(kpis["open_pipeline_value"]) == (72_000, 30_000)
    assert values(kpis["open_pipeline_mrr"]) == (6_000, 2_500)
    assert values(kpis["open_opportunities"]) == (2, 1)
    assert kpis["open_pipeline_value"].previous.account_ids == ("A2",)


def test_days_from_first_touch_to_first_opportunity(kpis: dict[str, Kpi]) -> None:
    # April first opportunities: A1 (first touch 02-01 → 04-20 = 28 + 31 + 19 = 78 days),
    # A3 (04-11 → 04-22 = 11 days), A6 (D8 at 04-01; first touch 04-20 is after it: left out).
    # Median of 78 and 11 = 44.5
    k = kpis["median_days_first_touch_to_opportunity"]
    assert k.current.value == pytest.approx(44.5)
    assert ids(k) == {"A1", "A3"}
    assert "1 left out with no touch before it" in k.current.explanation
    # March: A2's first opportunity (03-05) came before its first touch (03-20): nothing to measure
    assert k.previous.value is None
    assert k.previous.explanation.startswith("no account's first opportunity followed a touch")
    assert k.change is None


def test_win_rate_revenue_price_and_cycle(kpis: dict[str, Kpi]) -> None:
    # April closed opportunities: D3, D9, D8 won, D5 lost → 3 / 4; March: D2 won → 1 / 1
    assert values(kpis["win_rate"]) == pytest.approx((75, 100))
    assert ids(kpis["win_rate"]) == {"A4", "A6"}
    # revenue won: April D3 24,000 + D9 4,000 + D8 6,000 (all expansion); March D2 120,000 (new)
    revenue = kpis["new_revenue_won"]
    assert values(revenue) == (34_000, 120_000)
    assert part_values(revenue) == {"new": (0, 120_000), "expansion": (34_000, 0)}
    # average selling price: 34,000 / 3 and 120,000 / 1
    assert kpis["average_selling_price"].current.value == pytest.approx(34_000 / 3)
    assert kpis["average_selling_price"].previous.value == 120_000
    # cycle: D3 04-05 → 04-25 = 20 days, D9 04-03 → 04-10 = 7, D8 04-01 → 04-29 = 28
    # → median 20; D2 2025-09-01 → 2026-03-20 = 30+31+30+31+31+28+19 = 200 days
    assert values(kpis["median_deal_cycle_days"]) == pytest.approx((20, 200))


def test_touches_per_won_account(kpis: dict[str, Kpi]) -> None:
    # April wins: A4 (D3 at 04-25: touches 2025-08-01, 08-20, 2026-03-01, 04-10 = 4) and
    # A6 (latest win D8 at 04-29, not D9 at 04-10: the 04-20 touch = 1) → 5 / 2 = 2.5
    # March win: A4 (D2 at 03-20: 2025-08-01, 08-20, 2026-03-01 = 3) → 3 / 1
    assert values(kpis["touches_per_won_account"]) == pytest.approx((2.5, 3))


def test_renewals_and_net_revenue_retention(kpis: dict[str, Kpi]) -> None:
    # April: D4 renewal won → 1 / 1; March: D7 renewal lost → 0 / 1
    assert values(kpis["renewal_rate"]) == pytest.approx((100, 0))
    # April NRR at A6: (36,000 renewed + 4,000 D9 + 6,000 D8 expansion) / 36,000 up for
    # renewal = 127.78%; A4's expansion does not count: A4 had no renewal in the period.
    # March: (0 renewed + 0 expansion) / 10,000 = 0%
    nrr = kpis["net_revenue_retention"]
    assert values(nrr) == pytest.approx((100 * 46_000 / 36_000, 0))
    assert nrr.current.explanation == ("(36,000 renewed + 10,000 expansion) ÷ 36,000 up for renewal at 1 account")


# -- cost and effort ----------------------------------------------------------------------


def test_cost_per_result(kpis: dict[str, Kpi]) -> None:
    # April cost 12,000 (booked 04-01 00:00); March cost 9,000
    # newly engaged: April A3 (first engaged 04-12); March A1 (first engaged 03-12)
    assert values(kpis["cost_per_engaged_account"]) == (12_000, 9_000)
    assert ids(kpis["cost_per_engaged_account"]) == {"A3"}
    assert values(kpis["cost_per_opportunity"]) == (2_400, 9_000)  # 12,000 / 5, 9,000 / 1
    assert values(kpis["cost_per_won_account"]) == (6_000, 9_000)  # 12,000 / 2, 9,000 / 1


def test_research_minutes_per_account(kpis: dict[str, Kpi]) -> None:
    # April: (30 + 15 + 45) minutes / 2 accounts (A1, A2); March: 20 / 1 (A3)
    assert values(kpis["research_minutes_per_account"]) == (45, 20)


# -- filters, empties, definitions --------------------------------------------------------


def test_tier_filter_keeps_only_that_tier_and_its_facts() -> None:
    k = compute(tier=2)
    # A3 and A4 only
    assert values(k["target_accounts_by_tier"]) == (2, 2)
    assert list(k["target_accounts_by_tier"].parts) == ["2"]
    # April: A3 and A4 engaged; March: only A4 → 100%, 50%
    assert values(k["engaged_accounts_pct"]) == pytest.approx((100, 50))
    # April opportunities: D3 (A4) and D6 (A3); win rate: D3 won of D3 → 100%
    assert values(k["opportunities_created"]) == (2, 0)
    assert values(k["win_rate"]) == pytest.approx((100, 100))
    # one tier: weighted penetration is that tier's: (1/6 + 2/6) / 2 = 25%
    assert k["committee_penetration_weighted"].current.value == pytest.approx(25)
    # no tier-2 meetings, renewals or web visits in March
    assert values(k["meetings_created"]) == (0, 0)
    assert values(k["renewal_rate"]) == (None, None)
    assert values(k["accounts_with_web_visits"]) == (1, 0)


def test_empty_denominators_give_none_with_a_reason() -> None:
    k = compute_kpis([], start=START, end=END)
    assert values(k["target_accounts_by_tier"]) == (0, 0)  # counts are 0, not None
    assert values(k["open_pipeline_value"]) == (0, 0)
    for name, reason in [
        ("engaged_accounts_pct", "no target accounts by the end of the period"),
        ("committee_penetration_weighted", "no target accounts by the end of the period"),
        ("stage_conversion", "no target accounts by the end of the period"),
        ("win_rate", "no opportunity was won or lost in the period"),
        ("average_selling_price", "no opportunity was won in the period"),
        ("median_deal_cycle_days", "no opportunity was won in the period"),
        ("renewal_rate", "no renewal was won or lost in the period"),
        ("net_revenue_retention", "no renewal was won or lost in the period"),
        ("cost_per_opportunity", "no programme cost recorded for the period"),
        ("research_minutes_per_account", "no research time logged in the period"),
    ]:
        assert k[name].current.value is None, name
        assert k[name].current.explanation == reason, name
    part = k["stage_conversion"].parts["engaged→mqa"].current
    assert (part.value, part.explanation) == (None, "no account reached engaged yet")
    # a cost with nothing to divide it by is None too, and says so
    with_cost = compute_kpis([], start=START, end=END, costs=[CostFacts(ts("2026-04-10"), 500)])
    figure = with_cost["cost_per_won_account"].current
    assert (figure.value, figure.explanation) == (None, "no won accounts in the period")


def test_period_bounds() -> None:
    # datetimes work like text; a naive datetime is UTC
    k = compute(start=datetime(2026, 4, 1), end=datetime(2026, 5, 1))
    assert values(k["opportunities_created"]) == (5, 1)
    with pytest.raises(ValueError, match="must end after it starts"):
        compute(start=END, end=START)


def test_a_deal_with_an_unknown_kind_is_refused() -> None:
    bad = DealFacts("A1", 1, 1, "upsell", "won", ts("2026-04-02"), ts("2026-04-03"))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="kind must be new, expansion or renewal"):
        compute(deals=[bad])


def test_every_kpi_has_a_definition_and_every_definition_a_kpi(kpis: dict[str, Kpi]) -> None:
    definitions = kpi_definitions()
    assert list(kpis) == list(definitions)
    assert set(definitions) >= {
        "target_accounts_by_tier", "engaged_accounts", "engaged_accounts_pct",
        "unengaged_accounts_pct", "accounts_with_web_visits", "committee_penetration_by_tier",
        "committee_penetration_weighted", "stage_counts", "stage_conversion",
        "progressed_accounts_30d_pct", "meetings_created", "opportunities_created",
        "opportunity_rate", "open_pipeline_value", "median_days_first_touch_to_opportunity",
        "win_rate", "new_revenue_won", "average_selling_price", "median_deal_cycle_days",
        "touches_per_won_account", "renewal_rate", "net_revenue_retention",
        "cost_per_engaged_account", "cost_per_opportunity", "cost_per_won_account",
        "research_minutes_per_account",
    }  # fmt: skip
    for d in definitions.values():
        assert d.label and len(d.definition) > 30, d.name
        assert d.unit in {"accounts", "count", "percent", "money", "days", "touches", "minutes"}
        assert d.better in {"higher", "lower", "neutral"}


# -- in the reader's language -------------------------------------------------------------


@pytest.fixture
def chinese() -> Iterator[None]:
    i18n.set_translator(app_i18n.catalogue_translator("zh_CN"))
    yield
    i18n.set_translator(None)


def test_explanations_speak_chinese_with_grouped_numbers(chinese: None) -> None:
    kpis = compute()
    assert kpis["engaged_accounts_pct"].current.explanation == "6 个目标客户中 4 个已互动"
    assert kpis["net_revenue_retention"].current.explanation == (
        "（续约 36,000 + 增购 10,000）÷ 1 个客户的待续约金额 36,000"
    )
    empty = compute_kpis([], start=START, end=END, costs=[CostFacts(ts("2026-04-10"), 500)])
    assert empty["cost_per_won_account"].current.explanation == "本期没有赢单客户"
    assert empty["win_rate"].current.explanation == "本期没有赢单或输单的商机"
    assert empty["stage_conversion"].parts["engaged→mqa"].current.explanation == "还没有客户到达“已互动”阶段"
    # one account reads as one, not "1 accounts", in English; Chinese has no plural to get wrong
    big = compute_kpis([AccountFacts(f"a{i}", 1, C) for i in range(1200)], start=START, end=END, tier_weights={1: 1.5})
    assert big["target_accounts_by_tier"].current.explanation == "1,200 个目标客户"
    assert big["committee_penetration_weighted"].current.explanation.endswith("权重：1 级 ×1.5、2 级 ×2、3 级 ×1")
    i18n.set_translator(None)  # worked out when computed: the next computation reads English
    again = compute_kpis([AccountFacts(f"a{i}", 1, C) for i in range(1200)], start=START, end=END)
    assert again["target_accounts_by_tier"].current.explanation == "1,200 target accounts"
    one = compute_kpis([AccountFacts("a", 2, C)], start=START, end=END)
    assert one["target_accounts_by_tier"].parts["2"].current.explanation == "1 tier-2 account"
