"""Use-cases: what a user does, callable from the GUI and the CLI alike.

No Qt. Long use-cases take a `progress` callback and a `cancel` flag
(`app.tasks.Cancelled`) so the GUI's workers and the CLI share them unchanged.
"""
