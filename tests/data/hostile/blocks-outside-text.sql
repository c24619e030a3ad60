-- expect: opens
UPDATE article_version SET structure_json =
    '[{"kind":"heading","level":99,"start":-40,"end":9999999},{"kind":"x","start":5,"end":2}]' WHERE id = 1;
