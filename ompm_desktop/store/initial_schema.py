"""The first version of the schema, as SQL: the tables the first migration made (those
after it are in schema.py, each in its migration), and how a record table and a link table
are written."""

from __future__ import annotations

# Columns every record table carries: a UUID key and its life-cycle stamps (UTC ISO-8601).
STAMPS = """
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
"""

INITIAL = f"""
CREATE TABLE setting (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE beat ({STAMPS},
    name TEXT NOT NULL,
    code TEXT,
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE neighbourhood ({STAMPS},
    beat_id TEXT REFERENCES beat(id),
    name TEXT NOT NULL,
    population INTEGER CHECK (population IS NULL OR population >= 0),
    description TEXT NOT NULL DEFAULT '',
    boundary_geojson TEXT
);
CREATE INDEX neighbourhood_beat ON neighbourhood(beat_id);
CREATE TABLE assessment ({STAMPS},
    neighbourhood_id TEXT NOT NULL REFERENCES neighbourhood(id),
    assessed_on TEXT NOT NULL,
    assessor TEXT NOT NULL,
    indicators TEXT NOT NULL DEFAULT '{{}}',
    threat REAL NOT NULL CHECK (threat BETWEEN 0 AND 100),
    capacity REAL NOT NULL CHECK (capacity BETWEEN 0 AND 100),
    computed_quadrant TEXT NOT NULL,
    quadrant TEXT NOT NULL,
    override_reason TEXT,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX assessment_neighbourhood ON assessment(neighbourhood_id, assessed_on);
CREATE TABLE partner ({STAMPS},
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    is_organization INTEGER NOT NULL DEFAULT 1,
    contact_name TEXT NOT NULL DEFAULT '',
    contact_role TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    natural_leader INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX partner_name ON partner(name);
-- A resident's personal details, kept apart from business details so that exports
-- and briefings can leave them out.
CREATE TABLE partner_personal ({STAMPS},
    partner_id TEXT NOT NULL UNIQUE REFERENCES partner(id),
    home_phone TEXT NOT NULL DEFAULT '',
    personal_email TEXT NOT NULL DEFAULT '',
    home_address TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE officer ({STAMPS},
    badge TEXT NOT NULL,
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL,
    rank TEXT NOT NULL DEFAULT 'Cst.',
    platoon TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX officer_badge ON officer(badge) WHERE deleted_at IS NULL;
CREATE TABLE contact ({STAMPS},
    occurred_at TEXT NOT NULL,
    officer_id TEXT REFERENCES officer(id),
    neighbourhood_id TEXT REFERENCES neighbourhood(id),
    kind TEXT NOT NULL,
    activity TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    situation_table_agency TEXT NOT NULL DEFAULT '',
    follow_up TEXT NOT NULL DEFAULT '',
    follow_up_due TEXT,
    follow_up_done_at TEXT
);
CREATE INDEX contact_occurred ON contact(occurred_at);
CREATE INDEX contact_neighbourhood ON contact(neighbourhood_id, occurred_at);
CREATE INDEX contact_officer ON contact(officer_id);
CREATE INDEX contact_follow_up ON contact(follow_up_due) WHERE follow_up_due IS NOT NULL;
CREATE TABLE initiative ({STAMPS},
    title TEXT NOT NULL,
    quadrant TEXT NOT NULL,
    stage TEXT NOT NULL DEFAULT 'scanning',
    status TEXT NOT NULL DEFAULT 'active',
    lead TEXT NOT NULL DEFAULT 'police',
    problem_statement TEXT NOT NULL DEFAULT '',
    analysis_offender TEXT NOT NULL DEFAULT '',
    analysis_victim TEXT NOT NULL DEFAULT '',
    analysis_place TEXT NOT NULL DEFAULT '',
    analysis_controllers TEXT NOT NULL DEFAULT '',
    response_plan TEXT NOT NULL DEFAULT '',
    objectives TEXT NOT NULL DEFAULT '',
    measures_before TEXT NOT NULL DEFAULT '',
    measures_after TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    assessment_notes TEXT NOT NULL DEFAULT '',
    next_step TEXT NOT NULL DEFAULT '',
    next_step_due TEXT
);
-- Stage moves and leadership hand-overs, each dated.
CREATE TABLE initiative_event (
    id TEXT PRIMARY KEY NOT NULL,
    initiative_id TEXT NOT NULL REFERENCES initiative(id),
    at TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('stage', 'lead')),
    from_value TEXT,
    to_value TEXT NOT NULL,
    actor TEXT NOT NULL DEFAULT ''
);
CREATE INDEX initiative_event_initiative ON initiative_event(initiative_id, at);
CREATE TABLE shift ({STAMPS},
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    platoon TEXT NOT NULL DEFAULT '',
    supervisor_id TEXT REFERENCES officer(id),
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX shift_starts ON shift(starts_at);
CREATE TABLE assignment ({STAMPS},
    shift_id TEXT NOT NULL REFERENCES shift(id),
    officer_id TEXT NOT NULL REFERENCES officer(id),
    beat_id TEXT REFERENCES beat(id),
    unit TEXT NOT NULL DEFAULT '',
    call_sign TEXT NOT NULL DEFAULT '',
    vehicle TEXT NOT NULL DEFAULT '',
    partner_officer_id TEXT REFERENCES officer(id),
    special_duty TEXT NOT NULL DEFAULT ''
);
CREATE INDEX assignment_shift ON assignment(shift_id);
CREATE INDEX assignment_officer ON assignment(officer_id);
CREATE TABLE directed_task ({STAMPS},
    shift_id TEXT NOT NULL REFERENCES shift(id),
    beat_id TEXT REFERENCES beat(id),
    neighbourhood_id TEXT REFERENCES neighbourhood(id),
    assignment_id TEXT REFERENCES assignment(id),
    text TEXT NOT NULL,
    source_kind TEXT NOT NULL DEFAULT 'manual',
    source_id TEXT,
    done INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX directed_task_shift ON directed_task(shift_id);
CREATE TABLE briefing_item ({STAMPS},
    kind TEXT NOT NULL CHECK (kind IN ('bolo', 'hazard', 'directed_patrol', 'notice')),
    scope TEXT NOT NULL DEFAULT 'division' CHECK (scope IN ('division', 'beat', 'neighbourhood')),
    beat_id TEXT REFERENCES beat(id),
    neighbourhood_id TEXT REFERENCES neighbourhood(id),
    title TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    starts_at TEXT NOT NULL,
    expires_at TEXT
);
CREATE INDEX briefing_item_expires ON briefing_item(expires_at);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id TEXT,
    before TEXT,
    after TEXT
);
CREATE INDEX audit_log_row ON audit_log(table_name, row_id);
CREATE INDEX audit_log_at ON audit_log(at);
"""


def link_table_sql(name: str, left: str, right: str) -> str:
    return f"""
CREATE TABLE {name} (
    {left}_id TEXT NOT NULL REFERENCES {left}(id),
    {right}_id TEXT NOT NULL REFERENCES {right}(id),
    created_at TEXT NOT NULL,
    PRIMARY KEY ({left}_id, {right}_id)
);
CREATE INDEX {name}_{right} ON {name}({right}_id);
"""
