-- expect: refused trigger
-- '_' is a LIKE wildcard: a check written as name NOT LIKE 'sqlite_%' lets this through.
CREATE TRIGGER sqliteXevil AFTER UPDATE ON claim BEGIN
    UPDATE claim SET verdict = 'false';
    DELETE FROM evidence;
END;
