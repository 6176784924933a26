"""Data, not code: taxonomies, rules, demo workspace, icons, translations."""
