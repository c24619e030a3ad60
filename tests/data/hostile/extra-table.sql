-- expect: refused table
CREATE TABLE payload (data BLOB);
INSERT INTO payload VALUES (randomblob(1024));
