"""Global search at scale: build a workspace with N feed items, then time 200 queries.

    python bench/bench_search.py                      # 1,000,000 items (a few minutes to build)
    python bench/bench_search.py --items 100000 -o /tmp/search.whynow
    python bench/bench_search.py --reuse -o /tmp/search.whynow   # time queries only

Items are written the way a refresh writes them (executemany in large
transactions), so the search triggers index every row as it goes: the build
time includes indexing. Titles and summaries are a mix of English (about
60%) and Chinese (about 40%) drawn from Zipf-distributed vocabularies, so
common words match hundreds of thousands of rows and rare ones a handful.
Queries: common and rare English words, prefixes, two-word queries, 2- and
4-character Chinese substrings cut from stored titles, and mixed terms.
Each is run through `app.search.search` (all kinds, 10 per kind, snippets
and highlights included). Numbers, never pass/fail. Deterministic per --seed.
"""

from __future__ import annotations

import argparse
import itertools
import random
import statistics
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app import search
from research.types import Account
from storage import accounts as account_store
from storage.db import connect


def _words(text: str) -> list[str]:
    return text.split()


EN_COMMON = _words(
    """
the a of to and in for on with at by from its as new company announces raises series
funding round million billion launch launches expands expansion opens office hires
appoints names chief executive officer cto cfo vp head sales marketing engineering
partnership partners acquires acquisition merger platform cloud data ai analytics security
customers growth revenue quarter report results layoffs restructuring ipo listing
investors led capital ventures seed europe asia america germany china london berlin
shanghai shenzhen singapore market product release version update logistics freight
warehouse supply chain automation robotics software saas fintech payments bank insurance
health manufacturing factory plant energy battery electric vehicle mobility retail
ecommerce open source developer api integration migration compliance gdpr privacy breach
outage incident award conference keynote webinar hiring team leadership board director
president founder cofounder strategy transformation digital enterprise customer pilot
contract deal agreement
"""
)
ZH_WORDS = _words(
    """
公司 宣布 完成 融资 亿元 万元 美元 领投 跟投 投资 资本 基金 轮融资 天使轮
战略 合作 签约 协议 发布 推出 新品 产品 平台 系统 服务 客户 用户 市场 海外
国际 全球 中国 上海 深圳 北京 杭州 广州 成都 物流 仓储 供应链 自动化 机器人
智能 人工智能 大模型 算法 数据 云计算 软件 芯片 半导体 制造 工厂 产能 新能源
电池 汽车 电动车 储能 光伏 医疗 健康 生物 医药 金融 支付 银行 保险 零售
电商 跨境 品牌 消费 任命 首席 执行官 技术官 财务官 总裁 副总裁 董事 董事会
创始人 高管 团队 招聘 人才 裁员 重组 上市 招股 收购 并购 控股 股东 估值
营收 利润 增长 季度 年度 财报 业绩 订单 交付 扩张 建设 基地 园区 研发 中心
数字化 转型 升级 安全 合规 隐私 数据泄露 故障 宕机 获奖 峰会 大会 论坛
发布会 开放 生态 开发者 接口
"""
)
ZH_NAMES = _words("云帆 星河 华启 远航 天禾 中科 博睿 智行 鼎新 恒通 瑞达 极光")
PUNCT_ZH = ["，", "。", "；", "、"]


def zipf_weights(n: int, s: float = 1.07) -> list[float]:
    return list(itertools.accumulate(1 / (i + 1) ** s for i in range(n)))


class TextMaker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        syllables = ["ka", "lo", "mi", "ne", "ra", "to", "vi", "zu", "sha", "qin", "tor", "ven",
                     "dal", "mor", "pex", "lin", "gra", "bel", "nov", "tek"]  # fmt: skip
        words = list(dict.fromkeys(EN_COMMON))
        seen = set(words)
        while len(words) < 30_000:  # names, jargon, rare words: the long tail
            w = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
            if w not in seen:
                seen.add(w)
                words.append(w)
        self.en = words
        self.en_cum = zipf_weights(len(words))
        zh = list(dict.fromkeys(ZH_WORDS))
        chars = "".join(dict.fromkeys("".join(ZH_WORDS)))
        zh_seen = set(zh)
        while len(zh) < 12_000:  # rarer Chinese terms built from the same characters
            w = "".join(rng.choice(chars) for _ in range(rng.choice((2, 2, 3, 4))))
            if w not in zh_seen:
                zh_seen.add(w)
                zh.append(w)
        self.zh = zh
        self.zh_cum = zipf_weights(len(zh))

    def english(self, lo: int, hi: int) -> str:
        words = self.rng.choices(self.en, cum_weights=self.en_cum, k=self.rng.randint(lo, hi))
        return " ".join(words).capitalize() + "."

    def chinese(self, lo: int, hi: int) -> str:
        words = self.rng.choices(self.zh, cum_weights=self.zh_cum, k=self.rng.randint(lo, hi))
        if self.rng.random() < 0.5:
            words.insert(0, self.rng.choice(ZH_NAMES))
        if self.rng.random() < 0.3:
            words.insert(self.rng.randrange(len(words)), self.rng.choice(("B轮", "AI", "SaaS", "IPO")))
        out: list[str] = []
        for i, w in enumerate(words):
            out.append(w)
            if i and i % 7 == 0:
                out.append(self.rng.choice(PUNCT_ZH))
        return "".join(out) + "。"


def build(path: Path, items: int, seed: int) -> float:
    rng = random.Random(seed)
    text = TextMaker(rng)
    db = connect(path)
    n_accounts = max(1, min(2_000, items // 100))
    accounts = [Account(name=f"{rng.choice(ZH_NAMES)}{i} {text.english(1, 2)[:-1]}",
                        domain=f"company{i}.example") for i in range(n_accounts)]  # fmt: skip
    with db.atomic():
        account_store.insert_many(db, accounts)
        feeds = []
        for a in accounts:
            for k in range(2):
                fid = str(uuid.uuid4())
                feeds.append((fid, a.id))
                db.execute(
                    "INSERT INTO feeds (id, account_id, url, created_at, updated_at) "
                    "VALUES (?, ?, ?, '2024-01-01', '2024-01-01')",
                    [fid, a.id, f"https://{a.domain}/feed{k}.xml"],
                )
    start_date = datetime(2023, 1, 1, tzinfo=UTC)
    step = timedelta(days=3 * 365) / max(1, items)
    started = time.perf_counter()
    batch = 20_000
    sql = (
        "INSERT INTO items (id, feed_id, account_id, entry_id, link, title, summary, published_at, "
        "language, first_seen_at, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
    )
    for first in range(0, items, batch):
        rows = []
        for i in range(first, min(items, first + batch)):
            feed_id, account_id = feeds[rng.randrange(len(feeds))]
            zh = rng.random() < 0.4
            title = text.chinese(4, 9) if zh else text.english(6, 14)
            summary = text.chinese(15, 45) if zh else text.english(25, 60)
            when = (start_date + step * i).replace(microsecond=0).isoformat()
            rows.append((str(uuid.uuid4()), feed_id, account_id, f"e{i}", f"https://x.example/{i}",
                         title, summary, when, "zh" if zh else "en", when, when, when))  # fmt: skip
        with db.atomic():
            db.conn.executemany(sql, rows)
        done = min(items, first + batch)
        if done % 100_000 == 0 or done == items:
            rate = done / (time.perf_counter() - started)
            print(f"  {done:>9,} items  ({rate:,.0f}/s)", flush=True)
    elapsed = time.perf_counter() - started
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return elapsed


def make_queries(path: Path, rng: random.Random) -> list[tuple[str, str]]:
    """(category, query) pairs: 200 of them, cut from what is actually stored."""
    db = connect(path)
    top = max(1, db.execute("SELECT max(rowid) FROM items").fetchone()[0])
    zh_titles: list[str] = []
    en_titles: list[str] = []
    while len(zh_titles) < 80 or len(en_titles) < 80:
        row = db.execute("SELECT title, language FROM items WHERE rowid >= ? LIMIT 1", [rng.randint(1, top)]).fetchone()
        if row:
            (zh_titles if row[1] == "zh" else en_titles).append(row[0])
    db.close()

    def cjk_cut(title: str, n: int) -> str:
        runs = [r for r in "".join(c if "\u4e00" <= c <= "\u9fff" else " " for c in title).split()
                if len(r) >= n]  # fmt: skip
        run = rng.choice(runs) if runs else "融资完成"[:n]
        at = rng.randint(0, len(run) - n)
        return run[at : at + n]

    common = EN_COMMON[:60]
    queries: list[tuple[str, str]] = []
    queries += [("en common word", rng.choice(common)) for _ in range(35)]
    queries += [("en title word", rng.choice(rng.choice(en_titles).rstrip(".").split()).lower())
                for _ in range(30)]  # fmt: skip
    queries += [("en prefix", w[: rng.randint(3, max(3, len(w) - 1))])
                for w in (rng.choice(rng.choice(en_titles).rstrip(".").split()) for _ in range(30))
                if len(w) >= 3]  # fmt: skip
    queries += [("en two words", " ".join(rng.sample(rng.choice(en_titles).rstrip(".").split(), 2)))
                for _ in range(15)]  # fmt: skip
    queries += [("zh 2 chars", cjk_cut(rng.choice(zh_titles), 2)) for _ in range(40)]
    queries += [("zh 4 chars", cjk_cut(rng.choice(zh_titles), 4)) for _ in range(30)]
    mixed = ("B轮融资", "AI芯片", "云帆 融资", "SaaS平台", "IPO上市", "logistics 物流", "星河",
             "series b", "首席执行官", "cfo")  # fmt: skip
    queries += [("mixed", q) for q in mixed]
    while len(queries) < 200:
        queries.append(("zh 2 chars", cjk_cut(rng.choice(zh_titles), 2)))
    return queries[:200]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-o", "--output", type=Path, default=Path("/tmp/bench_search.whynow"))
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--reuse", action="store_true", help="time queries on an existing file")
    args = parser.parse_args()

    if not args.reuse:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.output}{suffix}").unlink(missing_ok=True)
        print(f"Building {args.items:,} items in {args.output} …")
        seconds = build(args.output, args.items, args.seed)
        print(f"build (items + indexing): {seconds:.1f} s, {args.items / seconds:,.0f} items/s")
    size = args.output.stat().st_size
    db = connect(args.output)
    items = db.execute("SELECT count(*) FROM items").fetchone()[0]
    try:
        sizes = dict(db.execute(
            "SELECT CASE WHEN name LIKE 'search_fts%' OR name LIKE 'search_index%' "
            "OR name LIKE 'sqlite_autoindex_search_index%' THEN 'search index' ELSE 'rest' END, "
            "sum(pgsize) FROM dbstat GROUP BY 1"
        ).fetchall())  # fmt: skip
        split = ", ".join(f"{k} {v / 1e6:,.0f} MB" for k, v in sorted(sizes.items()))
    except Exception:  # dbstat is an optional SQLite build flag
        split = "dbstat not available"
    print(f"file: {size / 1e6:,.0f} MB for {items:,} items ({split})")

    queries = make_queries(args.output, random.Random(args.seed + 1))
    for _, q in queries[:20]:  # warm the page cache as an open app would be
        search.search(db, q)
    timings: list[tuple[float, str, str, int]] = []
    for category, q in queries:
        started = time.perf_counter()
        results = search.search(db, q)
        ms = (time.perf_counter() - started) * 1000
        found = sum(g.total for g in results.groups)
        timings.append((ms, category, q, found))
    db.close()

    all_ms = [t[0] for t in timings]
    print(f"\n{len(timings)} queries through app.search.search (all kinds, 10 per kind, snippets):")
    print(f"  p50 {percentile(all_ms, 50):.1f} ms   p95 {percentile(all_ms, 95):.1f} ms   "
          f"max {max(all_ms):.1f} ms")  # fmt: skip
    print(f"  {'category':<16} {'n':>3} {'p50':>7} {'p95':>7} {'max':>7}  median matches")
    for category in dict.fromkeys(t[1] for t in timings):
        ms = [t[0] for t in timings if t[1] == category]
        found = statistics.median(t[3] for t in timings if t[1] == category)
        p50, p95 = percentile(ms, 50), percentile(ms, 95)
        print(f"  {category:<16} {len(ms):>3} {p50:>7.1f} {p95:>7.1f} {max(ms):>7.1f}  {found:,.0f}")
    print("  slowest:", ", ".join(f"{q!r} {ms:.0f} ms" for ms, _, q, _ in sorted(timings)[-5:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
