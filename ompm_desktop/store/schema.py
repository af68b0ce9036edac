"""The schema, as named migrations. Append new migrations; never edit an applied one."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from ompm_desktop.store.initial_schema import INITIAL, STAMPS, link_table_sql

migrations = Migrations("ompm_desktop")

RECORD_TABLES = (
    "beat",
    "neighbourhood",
    "assessment",
    "partner",
    "partner_personal",
    "officer",
    "contact",
    "initiative",
    "shift",
    "assignment",
    "directed_task",
    "briefing_item",
    "cswb_risk",
)

LINK_TABLES = {
    "partner_neighbourhood": ("partner", "neighbourhood"),
    "contact_partner": ("contact", "partner"),
    "initiative_neighbourhood": ("initiative", "neighbourhood"),
    "initiative_partner": ("initiative", "partner"),
    "initiative_risk": ("initiative", "cswb_risk"),
    "partner_risk": ("partner", "cswb_risk"),
}
# The link tables the first migration made (a later one makes its own).
_FIRST_LINK_TABLES = ("partner_neighbourhood", "contact_partner", "initiative_neighbourhood",
                      "initiative_partner")

@migrations()
def m001_initial_schema(db: Database) -> None:
    db.executescript(INITIAL)
    for name in _FIRST_LINK_TABLES:
        db.executescript(link_table_sql(name, *LINK_TABLES[name]))


@migrations()
def m002_full_text_search(db: Database) -> None:
    """Search as you type inside summaries, notes and stage texts."""
    db.table("contact").enable_fts(
        ["summary", "follow_up"], fts_version="FTS5", create_triggers=True
    )
    db.table("partner").enable_fts(
        ["name", "contact_name", "notes"], fts_version="FTS5", create_triggers=True
    )
    db.table("initiative").enable_fts(
        ["title", "problem_statement", "response_plan", "next_step"],
        fts_version="FTS5",
        create_triggers=True,
    )


@migrations()
def m003_calendar_exports(db: Database) -> None:
    """What each calendar event looked like when last exported, so that exporting an edited
    shift again raises the event's SEQUENCE (and a deleted assignment is sent cancelled)."""
    db.executescript(
        """
CREATE TABLE calendar_export (
    uid TEXT PRIMARY KEY NOT NULL,
    assignment_id TEXT NOT NULL,
    shift_id TEXT NOT NULL,
    officer_ids TEXT NOT NULL DEFAULT '[]',
    sequence INTEGER NOT NULL DEFAULT 0,
    fingerprint TEXT NOT NULL,
    cancelled INTEGER NOT NULL DEFAULT 0,
    exported_at TEXT NOT NULL
);
CREATE INDEX calendar_export_shift ON calendar_export(shift_id);
"""
    )


@migrations()
def m004_station_hub_sync(db: Database) -> None:
    """Sharing a division through a station hub (ompm_desktop/sync): this copy's own sync
    bookkeeping, what each laptop did at a hub, which machine last wrote each row there, and
    the versions that lost a conflict (kept, shown and restorable on every copy)."""
    db.executescript(
        f"""
CREATE TABLE sync_state (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
CREATE TABLE sync_peer (
    machine_id TEXT PRIMARY KEY NOT NULL,
    machine_name TEXT NOT NULL,
    last_sent_at TEXT,
    last_received_at TEXT,
    sent INTEGER NOT NULL DEFAULT 0,
    received INTEGER NOT NULL DEFAULT 0,
    conflicts INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE sync_origin (
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    machine_name TEXT NOT NULL,
    PRIMARY KEY (table_name, row_id)
);
CREATE TABLE conflict_log ({STAMPS},
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    loser TEXT NOT NULL,
    loser_updated_at TEXT NOT NULL,
    loser_machine TEXT NOT NULL,
    winner_updated_at TEXT NOT NULL,
    winner_machine TEXT NOT NULL,
    restored_at TEXT
);
CREATE INDEX conflict_log_row ON conflict_log(table_name, row_id);
"""
    )


@migrations()
def m005_quicker_follow_ups_and_search(db: Database) -> None:
    """Indexes for a division of 200,000 contacts. The follow-ups still open (the Today page
    counts the overdue ones as the window opens): a few thousand entries, where the index of
    every follow-up made SQLite read 30,000 contacts to find them. And a contact's partners
    found from the partner's side without reading the link table's rows (search as you type
    finds the contacts of every partner whose name holds the word)."""
    db.executescript(
        """
CREATE INDEX contact_follow_up_open ON contact(follow_up_due)
    WHERE follow_up_done_at IS NULL AND deleted_at IS NULL;
DROP INDEX contact_partner_partner;
CREATE INDEX contact_partner_by_partner ON contact_partner(partner_id, contact_id);
"""
    )


@migrations()
def m006_shift_debriefs(db: Database) -> None:
    """The debrief that closes a shift: for each directed task, done, not done or carried
    over, with a line of outcome and when it was recorded. A task carried over comes back as
    a suggestion on the shifts that follow until one takes it (a task whose source is
    'carried_over' names the task it carries on). Kept on the task itself, so a sync shares
    it with the task."""
    db.executescript(
        """
ALTER TABLE directed_task ADD COLUMN outcome TEXT NOT NULL DEFAULT ''
    CHECK (outcome IN ('', 'done', 'not_done', 'carried_over'));
ALTER TABLE directed_task ADD COLUMN outcome_note TEXT NOT NULL DEFAULT '';
ALTER TABLE directed_task ADD COLUMN debriefed_at TEXT;
CREATE INDEX directed_task_carried_over ON directed_task(shift_id)
    WHERE outcome = 'carried_over' AND deleted_at IS NULL;
"""
    )

@migrations()
def m007_assessment_references(db: Database) -> None:
    """Assessments that explain themselves later and say who took part. Each keeps the
    reference values, population, weights and thresholds its scores were worked out with
    (score_references, JSON; NULL for one recorded before), and who took part: residents
    surveyed, partners consulted, a form a partner completed. Capacity may be unknown (an
    imported batch of crime counts measures threat only): such an assessment has no
    capacity and no quadrant, and its neighbourhood is not yet placed. The table is rebuilt
    for that, its columns in the same order and the new ones after them."""
    db.executescript(
        f"""
CREATE TABLE assessment_rebuilt ({STAMPS},
    neighbourhood_id TEXT NOT NULL REFERENCES neighbourhood(id),
    assessed_on TEXT NOT NULL,
    assessor TEXT NOT NULL,
    indicators TEXT NOT NULL DEFAULT '{{}}',
    threat REAL NOT NULL CHECK (threat BETWEEN 0 AND 100),
    capacity REAL CHECK (capacity IS NULL OR capacity BETWEEN 0 AND 100),
    computed_quadrant TEXT,
    quadrant TEXT,
    override_reason TEXT,
    notes TEXT NOT NULL DEFAULT '',
    score_references TEXT,
    residents_surveyed INTEGER CHECK (residents_surveyed IS NULL OR residents_surveyed >= 0),
    partners_consulted INTEGER CHECK (partners_consulted IS NULL OR partners_consulted >= 0),
    partner_form INTEGER NOT NULL DEFAULT 0,
    CHECK ((capacity IS NULL) = (quadrant IS NULL) AND (quadrant IS NULL) =
           (computed_quadrant IS NULL))
);
INSERT INTO assessment_rebuilt (id, created_at, updated_at, deleted_at, neighbourhood_id,
    assessed_on, assessor, indicators, threat, capacity, computed_quadrant, quadrant,
    override_reason, notes)
SELECT id, created_at, updated_at, deleted_at, neighbourhood_id, assessed_on, assessor,
    indicators, threat, capacity, computed_quadrant, quadrant, override_reason, notes
FROM assessment;
DROP TABLE assessment;
ALTER TABLE assessment_rebuilt RENAME TO assessment;
CREATE INDEX assessment_neighbourhood ON assessment(neighbourhood_id, assessed_on);
"""
    )


@migrations()
def m008_audit_account(db: Database) -> None:
    """The operating system's account beside the name typed at the keyboard, in every entry
    of the audit log from now on ('' in the entries made before)."""
    db.execute("ALTER TABLE audit_log ADD COLUMN account TEXT NOT NULL DEFAULT ''")



@migrations()
def m009_partner_languages(db: Database) -> None:
    """The languages a partner speaks ('English, Somali'), so the officer who goes to see
    them can be one who speaks theirs. Searched as the other business details are (not in
    the full-text index); a sync shares it with the rest of the partner's row."""
    db.execute("ALTER TABLE partner ADD COLUMN languages_spoken TEXT NOT NULL DEFAULT ''")

@migrations()
def m010_partner_name_and_kind_index(db: Database) -> None:
    """Partners found by name (case ignored) and kind through an index: the rule that no two
    active partners share both is checked on every save and every imported row, and read the
    whole table each time (an import of 200,000 partners took most of an hour)."""
    db.execute("CREATE INDEX partner_name_kind ON partner(name COLLATE NOCASE, kind)")


@migrations()
def m011_contact_privacy(db: Database) -> None:
    """A patrol conversation records whether the officer asked the person to identify
    themselves (O. Reg. 400/23: then nothing identifying is kept here); a referral to a
    Situation Table records the outcome of the four-filter approach, not why or who."""
    db.executescript(
        """
ALTER TABLE contact ADD COLUMN identification_requested INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contact ADD COLUMN situation_table_outcome TEXT NOT NULL DEFAULT '';
"""
    )


@migrations()
def m012_initiative_lead_agency(db: Database) -> None:
    """An initiative may be led by a named partner agency (lead 'agency'): which one."""
    db.executescript(
        "ALTER TABLE initiative ADD COLUMN lead_partner_id TEXT REFERENCES partner(id);"
    )


@migrations()
def m013_cswb_plan(db: Database) -> None:
    """The municipality's Community Safety and Well-Being plan: its priority risks (each in
    one of the framework's four areas, with the outcomes the plan measures), which initiatives
    and partners work on which risk, a partner's sector (beside its kind and quadrant work),
    the call types an initiative's problem shows in, and the calls for service brought in from
    the CAD or RMS. The calls keep no names, no address and no point: the time, the type and
    the neighbourhood; they stay on the copy that imported them (a sync does not send them)."""
    db.executescript(
        f"""
CREATE TABLE cswb_risk ({STAMPS},
    name TEXT NOT NULL,
    area TEXT NOT NULL,
    outcomes TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
);
ALTER TABLE partner ADD COLUMN sector TEXT NOT NULL DEFAULT '';
ALTER TABLE initiative ADD COLUMN call_types TEXT NOT NULL DEFAULT '';
CREATE TABLE call_for_service (
    id INTEGER PRIMARY KEY,
    occurred_at TEXT NOT NULL,
    call_type TEXT NOT NULL,
    neighbourhood_id TEXT REFERENCES neighbourhood(id),
    reference TEXT,
    imported_at TEXT NOT NULL
);
CREATE INDEX call_for_service_place ON call_for_service(neighbourhood_id, occurred_at);
CREATE UNIQUE INDEX call_for_service_reference ON call_for_service(reference)
    WHERE reference IS NOT NULL;
"""
        + link_table_sql("initiative_risk", "initiative", "cswb_risk")
        + link_table_sql("partner_risk", "partner", "cswb_risk")
    )


@migrations()
def m014_referral_index(db: Database) -> None:
    """The Situation Table referrals alone, for the Today page's list of those to review:
    without it the page read every contact of a division (about 400 ms at 200,000)."""
    db.execute("CREATE INDEX contact_referral ON contact(occurred_at) "
               "WHERE kind = 'Referral to a Situation Table' AND deleted_at IS NULL")


@migrations()
def m015_call_places(db: Database) -> None:
    """The municipality's address points, which place a call given only by its address in
    the neighbourhood whose boundary (neighbourhood.boundary_geojson) holds it: a street key
    and civic number, folded for matching, with their x/y. Open data used only to place the
    calls imported on this copy: like the calls, a sync does not send them, and a call keeps
    no point or address, only the neighbourhood found."""
    db.executescript(
        """
CREATE TABLE address_point (
    id INTEGER PRIMARY KEY,
    street TEXT NOT NULL,
    number INTEGER NOT NULL,
    suffix TEXT NOT NULL DEFAULT '',
    x REAL NOT NULL,
    y REAL NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE UNIQUE INDEX address_point_address ON address_point(street, number, suffix);
"""
    )


@migrations()
def m016_shift_suggestions_index(db: Database) -> None:
    """Indexes for the Shifts page of a division of 200,000 contacts. The open follow-ups by
    neighbourhood, for those a beat has due: SQLite read every contact of the beat's
    neighbourhoods to find them. And each contact's date by its id, for a partner's last
    contact: the 12,000 contacts of a beat's partners were each read whole (40-60 ms for the
    beat the page opens on, 15 now)."""
    db.executescript(
        """
CREATE INDEX contact_open_follow_up_by_place ON contact(neighbourhood_id, follow_up_due)
    WHERE follow_up_done_at IS NULL AND deleted_at IS NULL;
CREATE INDEX contact_occurred_by_id ON contact(id, deleted_at, occurred_at);
"""
    )

# The schema version is the number of migrations; it is also kept in PRAGMA user_version.
SCHEMA_VERSION = len(migrations.pending(Database(memory=True, execute_plugins=False)))
