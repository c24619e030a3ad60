-- expect: opens
-- Addresses no report may turn into a live link or an image that loads.
UPDATE article SET url = 'javascript:alert(document.cookie)';
UPDATE source SET url = 'file:///etc/passwd';
UPDATE snapshot SET final_url = 'data:text/html,<script>alert(1)</script>';
