-- expect: refused unknown verdict
UPDATE claim SET verdict = 'certainly-true' WHERE id = 1;
