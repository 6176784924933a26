"""`whynow note ...` and `whynow notes`: write, edit, pin, delete and list account notes."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app import accounts, notes
from app.cli import common
from research.i18n import translate

NOTES_EPILOG = """\
JSON (--json): a list of objects with the keys
  id, account_id, contact_id (or null), author, body (Markdown), pinned,
  created_at, edited_by (or null), edited_at (or null), deleted_at (or null),
  and with --history: history, a list of {body, author, written_at, replaced_at}
  oldest first, the last being the current body (replaced_at null).
Pinned notes come first, then the newest. Keys are only ever added.
"""


def register(subparsers: Any) -> None:
    parser = common.add_command(subparsers, "note", help="write, edit, pin and delete notes")
    sub = parser.add_subparsers(dest="note_command", metavar="ACTION", required=True)

    p = common.add_command(sub, "add", help="add a note to an account (TEXT '-' reads standard input)")
    p.add_argument("text", metavar="TEXT", help="the note, in Markdown")
    p.add_argument("--account", required=True, help="domain, id or exact name")
    p.add_argument("--author", default="", help="who wrote it")
    p.add_argument("--contact", default="", help="the contact it is about: e-mail or id")
    p.add_argument("--pin", action="store_true", help="pin it to the top of the account's notes")
    p.add_argument("--json", action="store_true", help="print the new note as JSON")
    p.set_defaults(func=add_note)

    p = common.add_command(sub, "edit", help="replace a note's text (the old text stays in its history)")
    p.add_argument("note_id", metavar="NOTE")
    p.add_argument("text", metavar="TEXT", help="the new text ('-' reads standard input)")
    p.add_argument("--author", default="", help="who made the edit")
    p.set_defaults(func=edit_note)

    for name, help_text in (("pin", "pin a note to the top"), ("unpin", "unpin a note"),
                            ("delete", "delete a note (undo with `note restore`)"),
                            ("restore", "bring a deleted note back")):  # fmt: skip
        p = common.add_command(sub, name, help=help_text)
        p.add_argument("note_id", metavar="NOTE")
        p.set_defaults(func=change_note, action=name)

    p = common.add_command(sub, "history", help="every text a note has had, oldest first")
    p.add_argument("note_id", metavar="NOTE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=note_history)

    p = common.add_command(subparsers, "notes", help="list an account's notes", epilog=NOTES_EPILOG)
    p.add_argument("--account", required=True, help="domain, id or exact name")
    p.add_argument("--contact", default="", help="only notes about this contact (e-mail or id)")
    p.add_argument("--deleted", action="store_true", help="include deleted notes")
    p.add_argument("--history", action="store_true", help="with --json: each note's history")
    p.add_argument("--json", action="store_true", help="print JSON (see below)")
    p.set_defaults(func=list_notes)


def _text(value: str) -> str:
    return sys.stdin.read() if value == "-" else value


def add_note(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    account = accounts.find_account(db, args.account)
    contact_id = notes.find_contact_id(db, account.id, args.contact) if args.contact else None
    note = notes.add_note(db, account.id, _text(args.text), author=args.author, contact_id=contact_id)
    if args.pin:
        note = notes.pin_note(db, note.id)
    if args.json:
        common.print_json(notes.note_json(note))
    else:
        if note.pinned:
            print(translate("Cli", "Added a note to {name} (pinned), id {id}", name=account.name, id=note.id))
        else:
            print(translate("Cli", "Added a note to {name}, id {id}", name=account.name, id=note.id))
    return 0


def edit_note(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    before = notes.get_note(db, args.note_id)
    note = notes.edit_note(db, args.note_id, _text(args.text), author=args.author)
    if note.body == before.body and note.edited_at == before.edited_at:
        print(translate("Cli", "The text is the same; nothing changed."))
    else:
        print(translate("Cli", "Edited note {id}; `whynow note history {id}` shows the earlier text.", id=note.id))
    return 0


def change_note(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    action = {"pin": notes.pin_note, "unpin": notes.unpin_note, "delete": notes.delete_note,
              "restore": notes.restore_note}[args.action]  # fmt: skip
    note = action(db, args.note_id)
    done = {
        "pin": translate("Cli", "Pinned note {id}.", id=note.id),
        "unpin": translate("Cli", "Unpinned note {id}.", id=note.id),
        "delete": translate("Cli", "Deleted note {id}. Undo: whynow note restore {id}", id=note.id),
        "restore": translate("Cli", "Restored note {id}.", id=note.id),
    }[args.action]
    print(done)
    return 0


def note_history(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    history = notes.note_history(db, args.note_id)
    if args.json:
        common.print_json(notes.note_json(notes.get_note(db, args.note_id, include_deleted=True),
                                          history=history))  # fmt: skip
        return 0
    for i, version in enumerate(history, 1):
        author = version.author or translate("Cli", "nobody named")
        if version.replaced_at is None:
            line = translate(
                "Cli", "— version {i}, by {author}, {at} (current)", i=i, author=author, at=version.written_at
            )
        else:
            line = translate(
                "Cli",
                "— version {i}, by {author}, {at} (replaced {replaced})",
                i=i,
                author=author,
                at=version.written_at,
                replaced=version.replaced_at,
            )
        print(line)
        print(version.body)
        print()
    return 0


def _first_line(body: str, width: int = 90) -> str:
    line = next((ln.strip() for ln in body.splitlines() if ln.strip()), "")
    rest = len(body.strip().splitlines()) > 1
    if len(line) > width:
        return line[: width - 1] + "…"
    return line + (" …" if rest else "")


def list_notes(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    account = accounts.find_account(db, args.account)
    contact_id = notes.find_contact_id(db, account.id, args.contact) if args.contact else None
    found = notes.list_notes(db, account.id, contact_id=contact_id, include_deleted=args.deleted)
    if args.json:
        common.print_json([
            notes.note_json(n, history=notes.note_history(db, n.id) if args.history else None)
            for n in found
        ])  # fmt: skip
        return 0
    if not found:
        print(translate("Cli", "No notes on {name} yet. Add one with `whynow note add --account {key} TEXT`.",
                        name=account.name, key=account.domain or account.id))  # fmt: skip
        return 0
    names = notes.contact_names(db, found)
    for n in found:
        marks = (translate("Cli", "[pinned]") + " " if n.pinned else "") + (
            translate("Cli", "(deleted)") + " " if n.deleted_at else ""
        )
        about = ""
        if n.contact_id:
            who = names[n.contact_id] if n.contact_id in names else translate("Cli", "a removed contact")
            about = " · " + translate("Cli", "about {name}", name=who)
        edited = " · " + translate("Cli", "edited {date}", date=n.edited_at[:10]) if n.edited_at else ""
        print(f"{n.created_at[:10]}  {n.author or '—'}{about}{edited}  id {n.id}")
        print(f"    {marks}{_first_line(n.body)}")
    count = len(found)
    print(translate("Cli", "1 note") if count == 1 else translate("Cli", "{n} notes", n=count))
    return 0
