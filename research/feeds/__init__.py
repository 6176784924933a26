"""Feeds: find, fetch, parse and sanitise RSS, Atom and JSON Feed, and read/write OPML.

This is the only part of `research/` that touches the network (in `fetch` and
`discover`). Everything here returns plain, picklable dataclasses and turns
every failure into a state with a human-readable message; nothing here stores
anything or knows about the UI.

Import from the submodules (`research.feeds.fetch`, `.parse`, `.discover`,
`.opml`, `.sanitize`, `.urls`). This file imports nothing on purpose: a
process-pool worker that only parses must not pay for importing `requests`.
"""
