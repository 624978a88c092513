"""Storage: table models, engines and migrations (SQLite embedded, PostgreSQL in production)."""
