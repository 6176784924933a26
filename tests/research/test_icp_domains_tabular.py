"""ICP fit scoring, domain normalisation and CSV reading: pure logic."""

from __future__ import annotations

import socket

import pytest

from research import icp
from research.domains import domain_of_email, normalise_domain
from research.tabular import TabularError, read_table, recognise_columns
from research.types import Account, IcpProfile

PROFILE = IcpProfile(
    industries=["Software", "Logistics", "物流"],
    employees_min=200,
    employees_max=5000,
    regions=["Germany", "中国"],
    must_have=["cloud"],
    nice_to_have=["platform", "data"],
)


def test_a_perfect_fit_scores_100_and_says_why() -> None:
    a = Account("Acme", industry="Software", employees=800, country="Germany", description="cloud data platform")
    fit = icp.compute_fit(a, PROFILE)
    assert fit is not None and fit.score == 100 and fit.suggested_tier == 1
    assert {r.criterion for r in fit.reasons} == {"industry", "employees", "region", "must_have", "nice_to_have"}
    assert all(r.matched for r in fit.reasons)
    assert any("800 employees is within 200–5,000" in r.detail for r in fit.reasons)


def test_missing_must_have_caps_below_tier_one() -> None:
    a = Account("Acme", industry="Software", employees=800, country="Germany", description="platform data")
    fit = icp.compute_fit(a, PROFILE)
    assert fit is not None and fit.score < icp.TIER_1_MIN and fit.suggested_tier == 2
    assert any(r.criterion == "must_have" and not r.matched and "cloud" in r.detail for r in fit.reasons)


def test_chinese_account_matches_chinese_profile_terms() -> None:
    a = Account("云帆物流", industry="物流", employees=2300, country="中国 · 上海", description="云 cloud 平台")
    fit = icp.compute_fit(a, PROFILE)
    assert fit is not None
    assert [r.matched for r in fit.reasons if r.criterion in ("industry", "region")] == [True, True]


def test_near_miss_on_size_gets_half_points_and_unknown_gets_none() -> None:
    profile = IcpProfile(employees_min=500, employees_max=5000)
    near = icp.compute_fit(Account("A", employees=300), profile)
    far = icp.compute_fit(Account("B", employees=20), profile)
    unknown = icp.compute_fit(Account("C"), profile)
    assert near and far and unknown
    assert (near.score, far.score, unknown.score) == (50, 0, 0)
    assert "unknown" in unknown.reasons[0].detail


def test_no_profile_means_no_score() -> None:
    assert icp.compute_fit(Account("A", industry="Software"), IcpProfile()) is None


def test_only_filled_criteria_count() -> None:
    fit = icp.compute_fit(Account("A", industry="Logistics"), IcpProfile(industries=["logistics"]))
    assert fit is not None and fit.score == 100 and len(fit.reasons) == 1


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://www.Acme.co.uk/about?x=1", "acme.co.uk"),
        ("ACME.com", "acme.com"),
        ("blog.acme.com", "acme.com"),
        ("http://acme.com:8080", "acme.com"),
        ("jane.doe@sales.acme.de", "acme.de"),
        ("bytedance.com.cn", "bytedance.com.cn"),
        # one dot: returned as given, whether a domain, a public suffix or an intranet name
        (" Acme-2.COM ", "acme-2.com"),
        ("co.uk", "co.uk"),
        ("www.com", "www.com"),
        ("www.intranet", "intranet"),
        ("fileserver.intranet", "fileserver.intranet"),
        ("", ""),
        ("   ", ""),
        ("not a domain at all", ""),
    ],
)
def test_domains_are_normalised(given: str, expected: str) -> None:
    assert normalise_domain(given) == expected


def test_domain_normalising_never_touches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("tried the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    assert normalise_domain("https://shop.example.co.jp/x") == "example.co.jp"
    assert domain_of_email("a@b.example.org") == "example.org"


def test_csv_in_chinese_excel_encoding_with_semicolons() -> None:
    data = "公司名称;域名;行业\n云帆物流;yunfan.example;物流\n".encode("gb18030")
    table = read_table(data)
    assert table.rows == [["云帆物流", "yunfan.example", "物流"]]
    assert recognise_columns(table.headers, "accounts") == {"name": 0, "domain": 1, "industry": 2}


def test_salesforce_and_hubspot_headers_are_recognised() -> None:
    sf = ["Account Name", "Website", "Industry", "Employees", "Billing Country", "Account Owner"]
    hs = ["Company name", "Company Domain Name", "Industry", "Number of Employees", "Country/Region"]
    assert recognise_columns(sf, "accounts") == {
        "name": 0,
        "website": 1,
        "industry": 2,
        "employees": 3,
        "country": 4,
        "owner": 5,
    }
    assert recognise_columns(hs, "accounts") == {"name": 0, "domain": 1, "industry": 2, "employees": 3, "country": 4}


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "empty"), (b"\x00\x01\x02binary\x00" * 10, "binary"), (b",,,\n", "first row is empty")],
)
def test_unreadable_files_say_why(data: bytes, message: str) -> None:
    with pytest.raises(TabularError, match=message):
        read_table(data)


def test_utf16_excel_export_and_bom() -> None:
    text = "Account Name\tWebsite\nÄrzte GmbH\taerzte.example\n"
    assert read_table(text.encode("utf-16")).rows == [["Ärzte GmbH", "aerzte.example"]]
    assert read_table(b"\xef\xbb\xbf" + text.encode()).headers == ["Account Name", "Website"]


def test_rows_are_trimmed_padded_and_blank_lines_left_out() -> None:
    data = b'Name,Domain,Country\n" Acme ",acme.com , DE\n\n  ,  , \nShort\nLong,long.example,FR,extra\nSpare,,,   \n'
    table = read_table(data)
    assert table.rows == [
        ["Acme", "acme.com", "DE"],
        ["Short", "", ""],
        ["Long", "long.example", "FR"],
        ["Spare", "", ""],
    ]
    assert table.row_numbers == [2, 5, 6, 7]
    assert table.problems == [(6, "has 4 cells but the header has 3; extra cells ignored")]
