-- expect: opens
-- A project from a newer version opens read-only; reports still work.
PRAGMA user_version = 999;
