-- expect: opens
-- Markup, Markdown and formula syntax in every text a report prints. Reports must
-- print them as text.
UPDATE article SET title = '<script>alert("title")</script>](javascript:alert(1)) %1 %2',
    outlet = '<img src="file:///etc/passwd">', byline = '**bold** <iframe src=x>',
    source = '=HYPERLINK("https://evil.example","click")';
UPDATE claim SET claimant = '<script>alert("claimant")</script>', wording = '=1+2',
    rationale = '<img src=x onerror=alert(1)> [link](javascript:alert(2)) `code` | pipe |',
    prefix = '<b>', suffix = '</b>';
UPDATE tag SET name = '<script>tag</script>';
UPDATE entity SET name = '<svg onload=alert(1)>', role = '@SUM(A1:A9)';
UPDATE entity_alias SET alias = '"><script>alias</script>';
UPDATE source SET title = '<script>alert("source")</script>', publisher = '+cmd|'' /C calc''!A0',
    author = '-2+3', notes = '<style>body{display:none}</style>';
UPDATE evidence SET excerpt = '<script>alert("excerpt")</script>', locator = char(9) || '=evil()',
    note = char(13) || '@evil';
UPDATE figure SET stated = '<b>3천억</b>', value = '<script>1</script>', unit = '</td><script>', qualifier = '`|';
UPDATE snapshot SET mime_type = 'text/html"><script>', final_url = 'javascript:alert(3)';
