"""Qt item models over plain rows fetched by `app` (no SQL in data())."""
