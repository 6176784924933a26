"""The search index: Chinese by any 2+ character substring, English by word and prefix,
and always in step with the rows it indexes, whoever writes them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from research.types import Account, Contact, new_id, utc_now
from storage import accounts as account_store
from storage import contacts as contact_store
from storage import feeds as feed_store
from storage import search
from storage.feeds import FeedState, ItemRecord

HEADLINE = "云帆物流科技完成数亿元B轮融资"


def _account(db: Database, name: str = "云帆物流", **fields: object) -> Account:
    account = Account(name=name, **fields)  # type: ignore[arg-type]
    with db.atomic():
        account_store.insert(db, account)
    return account


def _item(entry_id: str, title: str, summary: str = "", published: str | None = None) -> ItemRecord:
    return ItemRecord(entry_id, f"https://news.example/{entry_id}", title, summary, "",
                      published, published is None, "", "", f"hash-{title}-{summary}")  # fmt: skip


def _store_items(db: Database, account: Account, *items: ItemRecord) -> str:
    feed = feed_store.find_feed(db, account.id, "https://news.example/feed") or feed_store.add_feed(
        db, account.id, "https://news.example/feed"
    )
    db.conn.commit()
    feed_store.save_refresh(db, feed.id, account.id, FeedState(status="ok"), list(items))
    return feed.id


def _ids(db: Database, query: str, kind: str = "item", **kw: int) -> list[str]:
    matches = search.find(db, search.match_expression(query), kind, **kw)
    return [h.source_id for h in matches.hits]


def _item_id(db: Database, entry_id: str) -> str:
    return str(db.execute("SELECT id FROM items WHERE entry_id = ?", [entry_id]).fetchone()[0])


@pytest.mark.parametrize("query", ["物流", "流科", "亿元", "B轮融资", "融资", "云帆物流科技", "b轮"])
def test_chinese_headline_is_found_by_any_substring(db: Database, query: str) -> None:
    account = _account(db)
    _store_items(db, account, _item("a", HEADLINE))
    assert _ids(db, query) == [_item_id(db, "a")]


@pytest.mark.parametrize("query", ["帆科", "物科", "融亿", "C轮融资"])
def test_characters_that_are_not_side_by_side_do_not_match(db: Database, query: str) -> None:
    account = _account(db)
    _store_items(db, account, _item("a", HEADLINE))
    assert _ids(db, query) == []


def test_english_words_match_by_prefix_case_and_accents_aside(db: Database) -> None:
    account = _account(db, "Northwind")
    _store_items(
        db, account,
        _item("a", "Northwind Logistics opens a Café in Zürich",
              "The warehouse automation team grows."),
        _item("b", "Quarterly results", "Nothing about freight here."),
    )  # fmt: skip
    a = _item_id(db, "a")
    assert _ids(db, "logist") == [a]
    assert _ids(db, "LOGISTICS") == [a]
    assert _ids(db, "cafe zurich") == [a]
    assert _ids(db, "warehouse autom") == [a]
    assert _ids(db, '"warehouse automation"') == [a]
    assert _ids(db, '"automation warehouse"') == []
    assert _ids(db, "logistics freight") == []  # every word must match
    assert _ids(db, "logist warehouse") == []  # only the last word is a prefix (being typed)
    assert _ids(db, "logist !") == [a]  # punctuation after it is not a word


def test_a_common_whole_word_is_not_widened_to_every_word_it_begins(db: Database) -> None:
    account = _account(db)
    _store_items(db, account, *[_item(f"m{i}", f"market report {i}") for i in range(3)],
                 _item("x", "marketing team"))  # fmt: skip
    common = search.search_kind(db, "market", "item", window=3)
    assert common.total_is_capped and len(common.hits) == 3
    assert _item_id(db, "x") not in {h.source_id for h in common.hits}
    wider = search.search_kind(db, "market", "item", window=10)
    assert len(wider.hits) == 4  # the whole word alone does not fill the window: prefix
    marketing = search.search_kind(db, "marketi", "item")
    assert [h.source_id for h in marketing.hits] == [_item_id(db, "x")]
    # A rare word with a common one last: the common word stays whole too.
    _store_items(db, account, _item("r1", "zyxwind market"), _item("r2", "zyxwind marketing"))
    both = search.search_kind(db, "zyxwind market", "item", window=3)
    assert [h.source_id for h in both.hits] == [_item_id(db, "r1")]


def test_a_word_is_a_prefix_from_three_letters_on(db: Database) -> None:
    account = _account(db)
    _store_items(db, account, _item("a", "Logistics in Asia"))
    assert _ids(db, "lo") == []
    assert _ids(db, "log") == [_item_id(db, "a")]
    assert _ids(db, "in") == [_item_id(db, "a")]  # a whole two-letter word still matches


def test_full_width_letters_match_what_people_type(db: Database) -> None:
    account = _account(db)
    _store_items(db, account, _item("a", "ＡＩ芯片公司完成融资"))
    assert _ids(db, "AI芯片") == [_item_id(db, "a")]
    assert _ids(db, "ai") == [_item_id(db, "a")]


def test_a_query_of_punctuation_finds_nothing_and_does_not_fail(db: Database) -> None:
    account = _account(db)
    _store_items(db, account, _item("a", HEADLINE))
    for query in ["", "   ", "!!!", '"', "*", "AND", "NEAR(", "a OR b"]:
        # No FTS5 syntax error, whatever was typed: operators are words like any other.
        assert search.find(db, search.match_expression(query), "item").hits == []


def test_an_edited_item_is_found_by_its_new_words_only(db: Database) -> None:
    account = _account(db)
    _store_items(db, account, _item("a", "云帆完成A轮融资"))
    _store_items(db, account, _item("a", "云帆宣布上市计划"))  # the feed changed the entry
    assert _ids(db, "A轮融资") == []
    assert _ids(db, "上市") == [_item_id(db, "a")]


def test_reading_an_item_leaves_the_index_alone(db: Database) -> None:
    account = _account(db)
    _store_items(db, account, _item("a", HEADLINE))
    before = db.execute("SELECT rowid FROM search_index WHERE kind = 'item'").fetchall()
    feed_store.set_item_flags(db, _item_id(db, "a"), read=True, starred=True)
    assert db.execute("SELECT rowid FROM search_index WHERE kind = 'item'").fetchall() == before
    assert _ids(db, "融资") == [_item_id(db, "a")]


def test_removing_a_feed_or_an_account_takes_its_rows_out_of_search(db: Database) -> None:
    account = _account(db, "云帆物流科技")
    feed_id = _store_items(db, account, _item("a", HEADLINE))
    with db.atomic():
        feed_store.remove_feed(db, feed_id)
    assert _ids(db, "融资") == []
    assert _ids(db, "流科", "account") == [account.id]
    with db.atomic():
        db.execute("DELETE FROM accounts WHERE id = ?", [account.id])
    assert _ids(db, "流科", "account") == []
    assert db.execute("SELECT count(*) FROM search_index").fetchone()[0] == 0
    assert search.index_gaps(db) == {}


def test_deleted_contacts_leave_search_and_come_back_when_restored(db: Database) -> None:
    account = _account(db)
    contact = Contact(account.id, "王芳", title="首席财务官", email="wang.fang@yunfan.cn")
    with db.atomic():
        contact_store.insert(db, contact)
    assert _ids(db, "财务", "contact") == [contact.id]
    assert _ids(db, "wang.fang@yunfan.cn", "contact") == [contact.id]
    contact_store.soft_delete(db, contact.id)
    assert _ids(db, "财务", "contact") == []
    contact_store.restore(db, contact.id)
    assert _ids(db, "财务", "contact") == [contact.id]


def test_each_kind_is_searched_on_its_own(db: Database) -> None:
    account = _account(db, "融资顾问公司")
    _store_items(db, account, _item("a", HEADLINE))
    now = utc_now()
    trigger_id = new_id()
    with db.atomic():
        db.execute(
            "INSERT INTO triggers (id, account_id, type, confidence, headline, evidence_text, "
            "occurred_at, created_at, updated_at) VALUES (?, ?, 'funding', 0.9, ?, ?, ?, ?, ?)",
            [trigger_id, account.id, "B轮融资", "完成数亿元B轮融资", now, now, now],
        )
    assert _ids(db, "融资", "account") == [account.id]
    assert _ids(db, "融资", "item") == [_item_id(db, "a")]
    assert _ids(db, "融资", "trigger") == [trigger_id]
    assert _ids(db, "融资", "note") == []


def test_touches_are_searchable(db: Database) -> None:
    if not search.has_table(db, "touches"):
        pytest.skip("this schema has no touches table")
    account = _account(db)
    touch_id = new_id()
    now = utc_now()
    with db.atomic():
        db.execute(
            "INSERT INTO touches (id, account_id, channel, outcome, subject, notes, at, "
            "created_at, updated_at) VALUES (?, ?, 'email', 'sent', ?, ?, ?, ?, ?)",
            [touch_id, account.id, "关于仓储自动化", "Asked about the pilot budget", now, now, now],
        )
    assert _ids(db, "仓储", "touch") == [touch_id]
    assert _ids(db, "pilot", "touch") == [touch_id]
    with db.atomic():
        db.execute("UPDATE touches SET deleted_at = ? WHERE id = ?", [now, touch_id])
    assert _ids(db, "pilot", "touch") == []


def test_a_title_hit_ranks_above_a_body_hit(db: Database) -> None:
    account = _account(db)
    _store_items(
        db, account,
        _item("body", "季度报告", "公司表示本季度完成融资并扩大团队规模，另有多项业务进展。",
              "2025-01-02T00:00:00+00:00"),
        _item("title", "完成融资", "公司季度报告。", "2025-01-01T00:00:00+00:00"),
    )  # fmt: skip
    assert _ids(db, "融资") == [_item_id(db, "title"), _item_id(db, "body")]


def test_only_the_newest_matches_are_ranked_and_counted_when_there_are_many(
    db: Database,
) -> None:
    account = _account(db)
    items = [_item(f"e{i}", f"funding news {i}", published=f"2025-01-{i + 1:02d}T00:00:00+00:00")
             for i in range(6)]  # fmt: skip
    _store_items(db, account, *items)
    found = search.find(db, search.match_expression("funding"), "item", limit=10, window=4)
    assert {h.source_id for h in found.hits} == {_item_id(db, f"e{i}") for i in range(2, 6)}
    assert (found.total, found.total_is_capped) == (4, True)
    few = search.find(db, search.match_expression("funding"), "item", limit=2, window=10)
    assert (len(few.hits), few.total, few.total_is_capped) == (2, 6, False)


def test_rebuilding_gives_the_same_answers_and_mends_a_damaged_index(db: Database) -> None:
    account = _account(db, "云帆物流科技")
    _store_items(db, account, _item("a", HEADLINE), _item("b", "Series B for Northwind"))
    before = {q: _ids(db, q) for q in ("融资", "series", "northw")}
    with db.atomic():
        db.execute("DELETE FROM search_index WHERE kind = 'item'")  # damage: rows go missing
    assert search.index_gaps(db) == {"item": 2}
    assert search.rebuild_index(db) == 3
    assert search.index_gaps(db) == {}
    assert {q: _ids(db, q) for q in before} == before


def test_source_rows_carry_the_text_to_show(db: Database) -> None:
    account = _account(db, "云帆物流科技", domain="yunfan.cn", industry="物流")
    rows = search.load_rows(db, "account", [account.id])
    assert rows[account.id].title == "云帆物流科技"
    assert rows[account.id].body == "yunfan.cn · 物流"


def test_the_ascii_fast_path_tokenises_like_the_general_one() -> None:
    """Plain-ASCII text takes a shortcut; it must index exactly what the general path would."""
    import random
    import string
    import unicodedata

    from storage import search as s

    def general(text: str) -> str:
        out: list[str] = []
        for match in s._UNITS.finditer(unicodedata.normalize("NFKC", text)):
            run, word = match.groups()
            out.extend(s.cjk_pairs(run) if run else [s.fold_word(word)])
        return " ".join(out)

    rng = random.Random(7)
    samples = ["Head of Growth (EMEA)", "jane.doe@Acme-Corp.example", "VP_Sales 2026", "", "   "]
    samples += ["".join(rng.choice(string.printable) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    # and the general path itself, on what names and titles hold: Chinese, kana, Hangul,
    # accents (composed and combining), full-width forms, compatibility ideographs
    alphabet = (
        string.ascii_letters
        + string.digits
        + " .-_@"
        + "云帆物流科技伟王首席财务官かなカナ한국어éüÅçße\u0301\u3099ＡＢ１２\uf900"
    )
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20))) for _ in range(3000)]
    for text in samples:
        assert s.index_tokens(text) == general(text), text


def test_many_texts_tokenise_as_one_call_each() -> None:
    """The bulk writers tokenise a batch at once; every row must get what its trigger would store."""
    groups = [
        ("Jane Doe",), ("Senior Data Engineer", "jane.doe.7@acme-corp.example"), ("王伟",),
        ("首席执行官", "chen@yunfan.example"), ("Kofi Müller1",), ("ＡＢＣ１２３", "x"), ("", ""), (),
        ("line\nbreak", "Tab\there"), (None, "only"), (3, "ok"), ("  --A_b--  ", "ÉCOLE"),
    ]  # fmt: skip
    expected = [search.index_tokens(*(None if t is None else str(t) for t in group)) for group in groups]
    assert search.index_tokens_of_many(groups) == expected


def _bulk_contacts(account_id: str) -> list[Contact]:
    now = utc_now()
    return [
        Contact(account_id, "陈建国", title="首席执行官", email="chen@yunfan.example", created_at=now),
        Contact(account_id, "Zoë Ångström", title="Head of Growth (EMEA)", email="zoe@yunfan.example"),
        Contact(account_id, "Ada Byron", title="Data Analyst", email="ada@yunfan.example"),
        Contact(account_id, "王芳", title="财务总监"),
    ]


def test_contacts_written_in_bulk_are_indexed_as_the_triggers_would(tmp_path: Path) -> None:
    """Same rows through BulkWriter and through the triggers: same index entries, same answers."""
    from storage.db import connect

    queries = ["建国", "执行", "财务", "王芳", "zoe", "angstrom", "growth", "emea", "analyst", "ada@yunfan", "yunfan"]
    answers = []
    for path, bulk in ((tmp_path / "bulk.whynow", True), (tmp_path / "triggers.whynow", False)):
        ws = connect(path)
        account = _account(ws)
        contacts = _bulk_contacts(account.id)
        for c in contacts:
            c.id = f"c-{c.full_name}"  # the same ids in both workspaces
        if bulk:
            with contact_store.bulk_writer(ws) as writer:
                writer.insert([contact_store.to_tuple(c) for c in contacts])
        else:
            with ws.atomic():
                contact_store.insert_many(ws, contacts)
        entries = ws.execute(
            "SELECT rowid, source_id FROM search_index WHERE kind = 'contact' ORDER BY rowid"
        ).fetchall()
        answers.append((entries, {q: _ids(ws, q, "contact") for q in queries}))
        assert search.index_gaps(ws) == {}
        # the delete trigger takes out exactly the tokens the bulk path put in
        contact_store.soft_delete(ws, contacts[0].id)
        assert _ids(ws, "建国", "contact") == []
        ws.close()
    assert answers[0] == answers[1]
    assert answers[0][1]["建国"] == ["c-陈建国"]


def test_contacts_updated_in_bulk_are_found_by_their_new_text_only(db: Database) -> None:
    account = _account(db)
    contacts = _bulk_contacts(account.id)
    with db.atomic():
        contact_store.insert_many(db, contacts)  # indexed by the triggers
    ada, wang = contacts[2], contacts[3]
    ada.title, wang.full_name, wang.title = "Chief Data Officer", "王芳芳", "首席运营官"
    with contact_store.bulk_writer(db) as writer:
        assert writer.update([ada, wang]) == 2
    assert _ids(db, "analyst", "contact") == []
    assert _ids(db, "chief", "contact") == [ada.id]
    assert _ids(db, "财务", "contact") == []
    assert _ids(db, "运营", "contact") == [wang.id]
    assert _ids(db, "芳芳", "contact") == [wang.id]
    assert search.index_gaps(db) == {}
    triggers = db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'contacts'")
    assert triggers.fetchone()[0] == 3  # put back for everyone else
    # a later edit through the triggers still finds the tokens the bulk path stored
    ada.title = "Analyst again"
    contact_store.update(db, ada)
    assert _ids(db, "chief", "contact") == []
    assert _ids(db, "again", "contact") == [ada.id]


def test_a_failed_bulk_write_leaves_rows_index_and_triggers_as_they_were(db: Database) -> None:
    account = _account(db)
    contacts = _bulk_contacts(account.id)
    with pytest.raises(RuntimeError), contact_store.bulk_writer(db) as writer:
        writer.insert([contact_store.to_tuple(c) for c in contacts])
        raise RuntimeError("cancelled")
    assert contact_store.count(db) == 0
    assert db.execute("SELECT count(*) FROM search_index WHERE kind = 'contact'").fetchone()[0] == 0
    assert _ids(db, "建国", "contact") == []
    with db.atomic():
        contact_store.insert(db, contacts[0])  # the insert trigger is back
    assert _ids(db, "建国", "contact") == [contacts[0].id]
