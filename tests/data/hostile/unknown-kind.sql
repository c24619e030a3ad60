-- expect: refused unknown verdict or kind
UPDATE claim SET kind = '<b>rumour</b>' WHERE id = 2;
