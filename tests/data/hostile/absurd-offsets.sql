-- expect: refused impossible offsets
UPDATE claim SET start_offset = 4000000000000000, end_offset = 4000000000000010 WHERE id = 2;
