"""Relationship score, engagement and reply state: hand-computed against the documented formula."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app import i18n as app_i18n
from research import i18n
from research.relationship import (
    ACCOUNT_PARAMS,
    TouchSample,
    engagement_reason,
    is_engaging,
    pauses_playbook,
    relationship_score,
    reply_state,
)

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def ago(days: float, direction: str = "outbound", outcome: str = "sent", channel: str = "email") -> TouchSample:
    return TouchSample(NOW - timedelta(days=days), direction, outcome, channel)


def parts(score: object) -> dict[str, float]:
    return {p.name: p.points for p in score.parts}  # type: ignore[attr-defined]


def test_one_unanswered_email_two_weeks_ago() -> None:
    # recency 40 × 0.5^(14/14) = 20; frequency 30 × 1/(1+4) = 6; reciprocity 0
    score = relationship_score([ago(14)], NOW)
    assert parts(score) == {"recency": 20.0, "frequency": 6.0, "reciprocity": 0.0}
    assert score.score == 26
    assert "no answer to 1 outbound touch" in score.parts[2].detail


def test_three_emails_and_a_reply() -> None:
    # last touch 14 days ago → 20; 4 touches → 30 × 4/8 = 15;
    # 1 answer per 3 outbound = 0.333 of the 0.5 target → 30 × 0.667 = 20
    touches = [ago(28), ago(21), ago(14), ago(14, "inbound", "replied_positive")]
    score = relationship_score(touches, NOW)
    assert parts(score) == {"recency": 20.0, "frequency": 15.0, "reciprocity": 20.0}
    assert score.score == 55
    # 30 days ago none of these had happened yet
    assert (score.score_before, score.trend) == (0, 55)
    assert "1 answer to 3 outbound touches" in score.parts[2].detail


def test_a_connected_call_is_one_attempt_and_one_answer() -> None:
    score = relationship_score([ago(0, "outbound", "connected", "call")], NOW)
    # today → 40; 1 touch → 6; 1 answer per 1 outbound ≥ 0.5 → 30
    assert parts(score) == {"recency": 40.0, "frequency": 6.0, "reciprocity": 30.0}
    assert score.score == 76


def test_old_touches_fade_and_the_trend_shows_it() -> None:
    touches = [ago(100), ago(95, "inbound", "replied_neutral")]
    score = relationship_score(touches, NOW)
    # only recency is left: 40 × 0.5^(95/14) ≈ 0.37; outside the 90-day window nothing else counts
    assert parts(score)["frequency"] == 0 and parts(score)["reciprocity"] == 0
    assert score.score == 0
    # 30 days ago: last touch 65 days before, 2 touches, 1 answer to 1 outbound
    # 40 × 0.5^(65/14) = 1.6; 30 × 2/6 = 10; 30 → 41.6 → 42
    assert score.score_before == 42 and score.trend == -42


def test_an_account_saturates_more_slowly() -> None:
    touches = [ago(1), ago(2), ago(3), ago(4)]
    contact = relationship_score(touches, NOW)
    account = relationship_score(touches, NOW, ACCOUNT_PARAMS)
    assert parts(contact)["frequency"] == 15.0  # 30 × 4/(4+4)
    assert parts(account)["frequency"] == 10.0  # 30 × 4/(4+8)


def test_bounces_do_not_count_and_an_opt_out_is_zero_with_the_reason() -> None:
    assert relationship_score([ago(1, outcome="bounced")], NOW).score == 0
    score = relationship_score([ago(5, "inbound", "replied_positive"), ago(1, outcome="opted_out")], NOW)
    assert score.score == 0 and score.parts[0].name == "opted_out"
    assert "opted out" in score.explain()


def test_no_touch_scores_zero_with_parts_saying_so() -> None:
    score = relationship_score([], NOW)
    assert score.score == 0 and all(p.detail == "no touch yet" for p in score.parts)


@pytest.mark.parametrize(
    ("direction", "outcome", "channel", "engaged"),
    [
        ("inbound", "replied_positive", "email", True),
        ("outbound", "replied_negative", "email", True),  # the reply logged on the e-mail
        ("outbound", "connected", "call", True),
        ("outbound", "meeting_booked", "email", True),
        ("outbound", "sent", "meeting", True),  # a meeting held
        ("outbound", "sent", "email", False),
        ("outbound", "left_voicemail", "call", False),
        ("outbound", "no_answer", "call", False),
        ("outbound", "bounced", "email", False),
        ("inbound", "opted_out", "email", False),
    ],
)
def test_what_counts_as_engagement(direction: str, outcome: str, channel: str, engaged: bool) -> None:
    assert is_engaging(direction, outcome, channel) is engaged


def test_any_inbound_message_pauses_a_playbook_but_an_opt_out_stops_it_instead() -> None:
    assert pauses_playbook("inbound", "sent", "linkedin")
    assert not pauses_playbook("inbound", "opted_out", "email")
    assert not pauses_playbook("outbound", "sent", "email")


def test_reply_states() -> None:
    assert reply_state([], NOW) == "untouched"
    assert reply_state([ago(3)], NOW) == "waiting"
    assert reply_state([ago(20), ago(15)], NOW) == "cold"  # outbound only, silent for 15 > 14 days
    assert reply_state([ago(20), ago(15)], NOW, cold_after_days=30) == "waiting"
    replies = [ago(10, "inbound", "replied_positive"), ago(2, "inbound", "replied_negative")]
    assert reply_state(replies, NOW) == "replied_negative"  # the latest answer's tone
    assert reply_state([ago(5, "outbound", "meeting_booked")], NOW) == "replied_positive"
    assert reply_state([ago(5, "outbound", "connected", "call")], NOW) == "replied_neutral"
    assert reply_state([ago(9, "inbound", "replied_positive"), ago(1, "inbound", "opted_out")], NOW) == "opted_out"


def test_the_reasons_speak_the_readers_language() -> None:
    i18n.set_translator(app_i18n.catalogue_translator("zh_CN"))
    try:
        touches = [ago(28), ago(21), ago(14), ago(14, "inbound", "replied_positive")]
        details = [p.detail for p in relationship_score(touches, NOW).parts]
        assert details == [
            "最近一次触达在 14 天前（半衰期 14 天）",
            "最近 90 天内 4 次触达（4 次得一半分数）",
            "最近 90 天内3 次主动触达，获得 1 次回应（每 2 次主动触达获得 1 次回应即得满分）",
        ]
        assert [p.detail for p in relationship_score([], NOW).parts] == ["尚无触达"] * 3
        assert engagement_reason("inbound", "replied_positive", "email") == "积极回复（邮件）"
        assert engagement_reason("outbound", "sent", "meeting") == "已开会（已发送）"
    finally:
        i18n.set_translator(None)
    assert engagement_reason("inbound", "replied_positive", "email") == "positive reply (email)"
