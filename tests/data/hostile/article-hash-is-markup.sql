-- expect: refused SHA-256
UPDATE article_version SET original_sha256 = '`</code><script>alert(1)</script>' WHERE id = 1;
