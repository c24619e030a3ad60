-- expect: refused view
CREATE VIEW claim_summary AS SELECT exact, verdict FROM claim;
