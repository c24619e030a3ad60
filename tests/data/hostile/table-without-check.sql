-- expect: refused defined otherwise
-- The evidence table rebuilt without its CHECK constraints, so any stance could be stored.
PRAGMA foreign_keys = OFF;
CREATE TABLE evidence_copy AS SELECT * FROM evidence;
DROP TABLE evidence;
CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
        source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
        stance TEXT NOT NULL,
        excerpt TEXT NOT NULL DEFAULT '',
        locator TEXT NOT NULL DEFAULT '',
        credibility INTEGER NOT NULL DEFAULT 6,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    ) STRICT;
INSERT INTO evidence SELECT * FROM evidence_copy;
DROP TABLE evidence_copy;
CREATE INDEX evidence_by_claim ON evidence (claim_id);
CREATE INDEX evidence_by_source ON evidence (source_id);
