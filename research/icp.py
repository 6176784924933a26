"""ICP fit: how closely an account matches the user's ideal customer profile.

A 0–100 score with the reasons behind it, never a bare number: SDRs reject
black-box scores. Each criterion the user filled in carries a weight; the
score is the share of possible points earned, so leaving a criterion empty
neither rewards nor punishes anyone. A missing must-have keyword caps the
score below the tier-1 line, because a must-have is a must.

Pure: takes an Account and an IcpProfile, returns an IcpFit.
"""

from __future__ import annotations

from research.i18n import phrase, translate
from research.types import Account, IcpFit, IcpProfile, IcpReason

WEIGHTS: dict[str, float] = {
    "industry": 30.0,
    "employees": 25.0,
    "region": 20.0,
    "must_have": 15.0,
    "nice_to_have": 10.0,
}
TIER_1_MIN = 75
TIER_2_MIN = 50
MUST_HAVE_CAP = TIER_1_MIN - 1


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def profile_is_empty(profile: IcpProfile) -> bool:
    return not (
        profile.industries
        or profile.employees_min is not None
        or profile.employees_max is not None
        or profile.regions
        or profile.must_have
        or profile.nice_to_have
    )


def suggested_tier(score: int) -> int:
    if score >= TIER_1_MIN:
        return 1
    if score >= TIER_2_MIN:
        return 2
    return 3


def _employee_range(profile: IcpProfile) -> str:
    low, high = profile.employees_min, profile.employees_max
    if low is not None and high is not None:
        return f"{low:,}–{high:,}"
    if low is not None:
        return f"≥ {low:,}"
    return f"≤ {high:,}"


def compute_fit(account: Account, profile: IcpProfile) -> IcpFit | None:
    """The account's fit with the profile, or None when no profile is defined."""
    if profile_is_empty(profile):
        return None
    reasons: list[IcpReason] = []
    haystack = _norm(" ".join([account.name, account.industry, account.description]))

    if profile.industries:
        industry = _norm(account.industry)
        hit = next(
            (
                i
                for i in profile.industries
                if _norm(i) and (_norm(i) in industry or (industry and industry in _norm(i)))
            ),
            None,
        )
        w = WEIGHTS["industry"]
        if hit:
            text = phrase("IcpReason", "industry “{industry}” matches “{hit}”", industry=account.industry, hit=hit)
            reasons.append(IcpReason("industry", True, text, w, w))
        elif not industry:
            reasons.append(IcpReason("industry", False, phrase("IcpReason", "industry unknown"), 0, w))
        else:
            text = phrase("IcpReason", "industry “{industry}” is not in the profile", industry=account.industry)
            reasons.append(IcpReason("industry", False, text, 0, w))

    if profile.employees_min is not None or profile.employees_max is not None:
        w = WEIGHTS["employees"]
        wanted = _employee_range(profile)
        n = account.employees
        if n is None:
            text = phrase("IcpReason", "employee count unknown (want {wanted})", wanted=wanted)
            reasons.append(IcpReason("employees", False, text, 0, w))
        else:
            low = profile.employees_min if profile.employees_min is not None else 0
            high = profile.employees_max if profile.employees_max is not None else float("inf")
            if low <= n <= high:
                text = phrase("IcpReason", "{count:,} employees is within {wanted}", count=n, wanted=wanted)
                reasons.append(IcpReason("employees", True, text, w, w))
            else:
                # Half the points when within a factor of two of the range: a
                # 450-person company is a near miss for "500–5,000", not a zero.
                near = (n < low and n * 2 >= low) or (n > high and n <= high * 2)
                pts = w / 2 if near else 0
                if near:
                    text = phrase("IcpReason", "{count:,} employees is close to {wanted}", count=n, wanted=wanted)
                else:
                    text = phrase("IcpReason", "{count:,} employees is outside {wanted}", count=n, wanted=wanted)
                reasons.append(IcpReason("employees", False, text, pts, w))

    if profile.regions:
        w = WEIGHTS["region"]
        where = _norm(f"{account.region} {account.country}")
        hit = next((r for r in profile.regions if _norm(r) and _norm(r) in where), None)
        place = account.country or account.region or translate("IcpReason", "unknown")
        if hit:
            text = phrase("IcpReason", "located in {place} (“{hit}”)", place=place, hit=hit)
            reasons.append(IcpReason("region", True, text, w, w))
        else:
            text = phrase("IcpReason", "located in {place}, not a target region", place=place)
            reasons.append(IcpReason("region", False, text, 0, w))

    missing_must: list[str] = []
    if profile.must_have:
        w = WEIGHTS["must_have"]
        found = [k for k in profile.must_have if _norm(k) and _norm(k) in haystack]
        missing_must = [k for k in profile.must_have if k not in found]
        pts = w * len(found) / len(profile.must_have)
        if missing_must:
            text = phrase("IcpReason", "missing must-have: {keywords}", keywords=", ".join(missing_must))
            reasons.append(IcpReason("must_have", False, text, pts, w))
        else:
            text = phrase("IcpReason", "has every must-have: {keywords}", keywords=", ".join(found))
            reasons.append(IcpReason("must_have", True, text, w, w))

    if profile.nice_to_have:
        w = WEIGHTS["nice_to_have"]
        found = [k for k in profile.nice_to_have if _norm(k) and _norm(k) in haystack]
        pts = w * len(found) / len(profile.nice_to_have)
        if found:
            detail = phrase("IcpReason", "nice to have: {keywords}", keywords=", ".join(found))
        else:
            detail = phrase("IcpReason", "none of the nice-to-have keywords")
        reasons.append(IcpReason("nice_to_have", bool(found), detail, pts, w))

    possible = sum(r.weight for r in reasons)
    earned = sum(r.points for r in reasons)
    score = round(100 * earned / possible) if possible else 0
    if missing_must and score > MUST_HAVE_CAP:
        score = MUST_HAVE_CAP
    return IcpFit(score=score, suggested_tier=suggested_tier(score), reasons=reasons)
