-- expect: refused not a ClaimLedger project
PRAGMA application_id = 0;
