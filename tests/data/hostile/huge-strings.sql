-- expect: opens
-- Ten-megabyte strings in fields shown in tables and reports.
UPDATE claim SET rationale = replace(hex(zeroblob(5000000)), '00', 'A') WHERE id = 1;
UPDATE source SET notes = replace(hex(zeroblob(5000000)), '00', '가');
