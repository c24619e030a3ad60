-- expect: opens
-- An article's structure that is not JSON, and one whose blocks lie outside the text.
UPDATE article_version SET structure_json = '{"kind": [' WHERE id = 1;
UPDATE article_version SET metadata_json = '[[[[[[[[[[' WHERE id = 1;
