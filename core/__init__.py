"""Cross-cutting plumbing: settings, database, Redis, queue, tenancy (organisations, users, keys)."""
