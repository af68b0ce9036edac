"""Services: every write the app makes goes through one of these, validated and audited."""
