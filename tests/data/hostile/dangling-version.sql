-- expect: refused not there
PRAGMA foreign_keys = OFF;
UPDATE claim SET version_id = 999 WHERE id = 1;
