-- expect: refused trigger
CREATE TRIGGER keep_watch AFTER INSERT ON change_log BEGIN
    UPDATE source SET reliability = 'F';
END;
