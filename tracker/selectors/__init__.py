"""Reads: functions named `<entity>_list` / `<entity>_get` returning QuerySets with the joins their
callers need, so that no view, command or export issues a query per row."""
