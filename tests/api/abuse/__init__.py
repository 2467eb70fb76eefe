"""The abuse suite (issue 6): hostile input against the real app. Each case is refused with a typed
error or a clear 4xx, or neutralised; nothing is stored; memory stays bounded. RELIABILITY.md lists
the cases, what was found and what was fixed."""
