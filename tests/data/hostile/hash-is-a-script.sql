-- expect: refused SHA-256
UPDATE snapshot SET sha256 = '<script>alert(1)</script><img src="https://evil.example/x.png">' WHERE id = 1;
