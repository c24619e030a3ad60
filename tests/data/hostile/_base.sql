-- Applied to the sample project before each hostile case: a source with an archived
-- snapshot, evidence, an entity, a tag and a figure, so every table has a row to spoil.
INSERT INTO source (id, uuid, kind, title, url, publisher, author, published_at, accessed_at, reliability, notes)
VALUES (1, '5f0c3a52-7a51-4c55-9d0c-2d3b8f6a0001', 'report', 'Annual report 2024',
        'https://dart.example/report/2024', 'Financial Supervisory Service', 'Hanbit Battery',
        '2025-03-01T00:00:00.000Z', '2026-11-30T09:00:00.000Z', 'A', 'Filed annually');
INSERT INTO snapshot (id, uuid, source_id, bytes, mime_type, final_url, http_status, fetched_at, sha256)
VALUES (1, '5f0c3a52-7a51-4c55-9d0c-2d3b8f6a0002', 1, CAST('Annual report: cash of 1.2 trillion won' AS BLOB),
        'text/plain', 'https://dart.example/report/2024', 200, '2026-11-30T09:00:00.000Z',
        '6adbea94f0bba1efeed23fc92d11e2da18dea31f2f76930cf2d623f03d1c528c');
INSERT INTO evidence (id, uuid, claim_id, source_id, stance, excerpt, locator, credibility, note, created_at)
VALUES (1, '5f0c3a52-7a51-4c55-9d0c-2d3b8f6a0003', 3, 1, 'supports', 'cash of 1.2 trillion won', 'p. 84', 2,
        'Matches the filing', '2026-11-30T09:05:00.000Z');
INSERT INTO entity (id, uuid, name, kind, role)
VALUES (1, '5f0c3a52-7a51-4c55-9d0c-2d3b8f6a0004', 'Hanbit Battery', 'organization', 'company');
INSERT INTO entity_alias (id, entity_id, alias) VALUES (1, 1, '한빛배터리');
INSERT INTO tag (id, uuid, name) VALUES (1, '5f0c3a52-7a51-4c55-9d0c-2d3b8f6a0005', 'funding');
INSERT INTO claim_tag (claim_id, tag_id) VALUES (1, 1);
INSERT INTO figure (id, uuid, claim_id, stated, value, unit, qualifier)
VALUES (1, '5f0c3a52-7a51-4c55-9d0c-2d3b8f6a0006', 1, '3천억달러', '300000000000', 'USD', 'exact');
