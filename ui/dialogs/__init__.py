"""Dialogs: account editor, CSV import preview, preferences."""
