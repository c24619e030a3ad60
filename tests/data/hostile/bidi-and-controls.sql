-- expect: opens
-- Right-to-left overrides, NUL-free control characters and unpaired-looking text.
UPDATE claim SET claimant = 'Musk' || char(0x202E) || 'gnp.exe', wording = 'tab' || char(9) || 'bell' || char(7);
UPDATE source SET title = char(0x200B) || 'zero width' || char(0xFEFF);
