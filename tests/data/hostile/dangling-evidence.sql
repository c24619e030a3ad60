-- expect: refused references
PRAGMA foreign_keys = OFF;
UPDATE evidence SET source_id = 77 WHERE id = 1;
