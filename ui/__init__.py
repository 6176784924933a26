"""The desktop app (PySide6): windows, panels, item models, dialogs, workers.

The only layer that imports Qt. Widgets call `app` use-cases; models hold
plain rows fetched by `app` and never run SQL in `data()`.
"""
