-- expect: opens
-- A span ending a few characters past the text (the stored length bound counts bytes,
-- so this passes it): readers must clamp, not crash.
UPDATE claim SET start_offset = 860, end_offset = 875 WHERE id = 4;
