-- expect: refused impossible offsets
PRAGMA ignore_check_constraints = ON;
UPDATE claim SET start_offset = -5, end_offset = -1 WHERE id = 1;
