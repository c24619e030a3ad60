-- expect: opens
-- The base alone: a valid project, so that every other case differs by its own change.
SELECT 1;
