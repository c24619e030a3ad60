-- expect: refused index
CREATE INDEX claim_by_lower_exact ON claim (lower(exact));
