"""Pure logic over plain data: no Qt, no database, no global state.

Rules and word lists live as data in `resources/`; every label carries its
reason.
"""
