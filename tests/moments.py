"""The moments the suite takes as "now": never the machine's clock (conftest.py sets
OMPM_NOW to FIXED_NOW for the whole run and every process it starts)."""

from datetime import UTC, datetime

# A Tuesday night in November, 21:00 in Toronto: the night shift is on.
FIXED_NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)
# The same Tuesday at 13:00 in Toronto, for the tests about the day shift.
FIXED_DAY = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)
