-- expect: refused trigger
-- A trigger with SQLite's reserved prefix, planted through writable_schema.
.dbconfig defensive off
PRAGMA writable_schema = ON;
INSERT INTO sqlite_schema (type, name, tbl_name, rootpage, sql)
VALUES ('trigger', 'sqlite_evil', 'claim', 0,
        'CREATE TRIGGER sqlite_evil AFTER UPDATE ON claim BEGIN UPDATE claim SET verdict = ''false''; END');
PRAGMA writable_schema = OFF;
