"""Build a demo division: same seed and same day, same data (ids included).

Rows are written in bulk in one transaction, each satisfying the services' rules; one audit
entry records that the demo was built.
"""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import asdict
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from ompm_desktop.clock import LOCAL_ZONE, iso, local
from ompm_desktop.clock import today as local_today
from ompm_desktop.demo import cswb_plan, rota
from ompm_desktop.demo import vocabulary as words
from ompm_desktop.demo.answers import SIZES, DemoSummary, Size, demo_answers, languages_spoken
from ompm_desktop.errors import DeskError
from ompm_desktop.model.quadrants import QUADRANTS, Quadrant, Thresholds
from ompm_desktop.model.sara import Lead, Stage
from ompm_desktop.model.vocabulary import CONTACT_KINDS
from ompm_desktop.scoring.peers import computed_counts
from ompm_desktop.scoring.recording import references_used
from ompm_desktop.scoring.references import DEFAULT_REFERENCES
from ompm_desktop.scoring.scores import score_answers
from ompm_desktop.scoring.weights import DEFAULT_WEIGHTS
from ompm_desktop.services import audit
from ompm_desktop.services.contacts import SITUATION_TABLE_OUTCOMES

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk


class _Builder:
    def __init__(self, desk: Desk, size: Size, seed: int, day: date, now: datetime) -> None:
        self.desk = desk
        self.size = size
        self.rng = random.Random(seed)
        self.seed = seed
        self.day = day
        self.now = now  # nothing is dated after it (a contact later today was)
        self.stamp = iso(datetime.combine(day, time(6, 0)))
        self.summary = DemoSummary()

    # ---- helpers ----------------------------------------------------------------------
    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def row(self, **values: Any) -> dict[str, Any]:
        return {"id": self.new_id(), "created_at": self.stamp, "updated_at": self.stamp,
                "deleted_at": None, **values}

    def at(self, day: date, hour: int, minute: int = 0) -> str:
        return iso(datetime.combine(day, time(hour, minute), tzinfo=LOCAL_ZONE))

    def street(self) -> str:
        return self.rng.choice(words.STREETS)

    def insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        self.desk.db.table(table).insert_all(rows, batch_size=2000)

    # ---- the division -----------------------------------------------------------------
    def build(self) -> DemoSummary:
        self.beats = [self.row(name=f"Beat {n}", code=f"B{n}", description="")
                      for n in range(1, self.size.beats + 1)]
        self.insert("beat", self.beats)
        self.neighbourhoods()
        self.officers()
        self.partners()
        self.contacts()
        self.initiatives()
        self.latest_on_the_records()
        rota.plan_shifts(self)
        rota.post_briefing_items(self)
        self.summary.calls_for_service = cswb_plan.add_plan(self, self.seed)
        return self.summary

    def neighbourhoods(self) -> None:
        prefixes = ("", "North ", "South ", "East ", "West ", "Upper ", "Lower ", "Old ")
        names = [p + n for p in prefixes for n in words.NEIGHBOURHOODS]
        quadrants = list(Quadrant)
        self.hood_quadrant: dict[str, str] = {}
        self.latest_answers: dict[str, tuple[str, dict[str, Any]]] = {}
        self.hoods, assessments = [], []
        for index in range(self.size.neighbourhoods):
            beat = self.beats[index % len(self.beats)]
            population = self.rng.randrange(1500, 12000, 50)
            street = self.street()  # 'Somerset St. W.' ends its own sentence
            hood = self.row(beat_id=beat["id"], name=names[index], population=population,
                            description=f"Residential streets around {street.rstrip('.')}.",
                            boundary_geojson=None)
            self.hoods.append(hood)
            target = quadrants[index % 4]
            assessments += self.history(hood, target)
        self.insert("neighbourhood", self.hoods)
        self.insert("assessment", assessments)
        self.summary.neighbourhoods = len(self.hoods)
        self.summary.assessments = len(assessments)
        self.summary.beats = len(self.beats)

    def history(self, hood: dict[str, Any], target: Quadrant) -> list[dict[str, Any]]:
        """2-4 dated assessments ending in `target`, moving toward the community-led side."""
        info = QUADRANTS[target]
        capacity = self.rng.uniform(58, 90) if info.high_capacity else self.rng.uniform(12, 44)
        threat = self.rng.uniform(58, 90) if info.high_threat else self.rng.uniform(10, 44)
        count = self.rng.randint(2, 4)
        rows = []
        for step in range(count):
            back = count - 1 - step
            on = self.day - timedelta(days=30 + back * self.rng.randint(150, 220))
            cap = max(3.0, capacity - back * self.rng.uniform(6, 14))
            thr = min(97.0, threat + back * self.rng.uniform(3, 9))
            noise = self.rng.randint(0, 40)
            agreement = [max(1, min(5, round(1 + cap / 25 + self.rng.uniform(-1, 1))))
                         for _ in range(10)]
            answers = demo_answers(thr, cap, hood["population"], noise, agreement)
            result = score_answers(answers["answers"], computed=answers["computed"],
                                   population=hood["population"], weights=DEFAULT_WEIGHTS,
                                   thresholds=Thresholds(), references=DEFAULT_REFERENCES)
            quadrant = result.quadrant
            rows.append(self.row(
                neighbourhood_id=hood["id"], assessed_on=on.isoformat(),
                assessor=f"Sgt. {self.rng.choice(words.LAST_NAMES)}",
                indicators=json.dumps({**answers["answers"], **answers["computed"]}),
                threat=result.threat, capacity=result.capacity,
                computed_quadrant=quadrant.value, quadrant=quadrant.value, override_reason="",
                notes="", score_references=json.dumps(references_used(
                    hood["population"], DEFAULT_REFERENCES, DEFAULT_WEIGHTS, Thresholds())),
                residents_surveyed=noise % 25, partners_consulted=noise % 4,
                partner_form=noise % 3 == 0))
            self.hood_quadrant[hood["id"]] = quadrant.value
        self.latest_answers[hood["id"]] = (rows[-1]["id"], answers["answers"])
        return rows

    def latest_on_the_records(self) -> None:
        """Each neighbourhood's newest assessment counted again from the partners and
        initiatives now on the records, as a sergeant assessing today would: dragging its
        point then starts from answers that give its very scores."""
        counts = computed_counts(self.desk.db)
        table = self.desk.db.table("assessment")
        for hood in self.hoods:
            assessment_id, answers = self.latest_answers[hood["id"]]
            computed = dict(counts[hood["id"]])
            result = score_answers(answers, computed=computed, population=hood["population"],
                                   weights=DEFAULT_WEIGHTS, thresholds=Thresholds(),
                                   references=DEFAULT_REFERENCES)
            table.update(assessment_id, {
                "indicators": json.dumps({**answers, **computed}), "threat": result.threat,
                "capacity": result.capacity, "quadrant": result.quadrant.value,
                "computed_quadrant": result.quadrant.value})

    def officers(self) -> None:
        rng, rows = self.rng, []
        for n in range(self.size.officers):
            if n % 20 < 4:
                rank = "Sgt."
            else:  # one way to write a constable's rank; the draw that chose "PC" or
                rng.randrange(4)  # "Cst." stays, so that the rest of the demo is the same
                rank = "Cst."
            rows.append(self.row(badge=str(1000 + n * 7 + rng.randint(0, 6)),
                                 first_name=rng.choice(words.FIRST_NAMES),
                                 last_name=rng.choice(words.LAST_NAMES), rank=rank,
                                 platoon="ABCD"[n % 4], active=0 if n % 23 == 22 else 1))
        self.officer_rows = rows
        self.insert("officer", rows)
        self.summary.officers = len(rows)

    def partner_name(self, taken: set[tuple[str, str]]
                     ) -> tuple[str, str, dict[str, Any] | None]:
        """A partner's name, its kind, and the neighbourhood its name says it is in."""
        for _ in range(20):  # draw again on a clash before numbering a name
            name, kind, place = self.draw_partner_name()
            if (name.casefold(), kind) not in taken:
                break
        base, n = name, 2
        while (name.casefold(), kind) in taken:
            name, n = f"{base} ({n})", n + 1
        taken.add((name.casefold(), kind))
        return name, kind, place

    def draw_partner_name(self) -> tuple[str, str, dict[str, Any] | None]:
        rng = self.rng
        kind = rng.choice(("Agency", "Agency", "Community group", "School", "Faith group",
                           "Business", "Resident leader", "First Nation"))
        place = rng.choice(self.hoods)
        place_name = place["name"]
        name = {
            "Agency": lambda: f"{rng.choice(words.AGENCIES)} - {place_name}",
            "Community group": lambda: f"{place_name} {rng.choice(words.COMMUNITY_GROUPS)}",
            "School": lambda: f"{rng.choice(words.LAST_NAMES)} {rng.choice(words.SCHOOLS)}",
            "Faith group": lambda: f"{place_name} {rng.choice(words.FAITH)}",
            "Business": lambda: f"{rng.choice(words.LAST_NAMES)} {rng.choice(words.BUSINESSES)}",
            "Resident leader": lambda: (f"{rng.choice(words.FIRST_NAMES)} "
                                        f"{rng.choice(words.LAST_NAMES)}"),
            "First Nation": lambda: rng.choice(words.FIRST_NATIONS),
        }[kind]()
        return name, kind, place if kind in ("Agency", "Community group", "Faith group") \
            else None

    def partners(self) -> None:
        rng, rows, links = self.rng, [], []
        taken: set[tuple[str, str]] = set()
        self.hood_partners: dict[str, list[str]] = {h["id"]: [] for h in self.hoods}
        for _ in range(self.size.partners):
            name, kind, place = self.partner_name(taken)
            person = kind == "Resident leader"
            partner = self.row(
                name=name, kind=kind, is_organization=0 if person else 1,
                contact_name="" if person else (f"{rng.choice(words.FIRST_NAMES)} "
                                                f"{rng.choice(words.LAST_NAMES)}"),
                contact_role="" if person else rng.choice(words.roles_for(kind, name)),
                phone="" if person else f"613-555-{rng.randint(100, 9999):04d}",
                email="" if person else f"info{rng.randint(1, 999)}@example.org",
                address="" if person else f"{rng.randint(1, 999)} {self.street()}",
                languages_spoken=languages_spoken(name),
                natural_leader=1 if person or rng.random() < 0.1 else 0,
                notes="", active=0 if rng.random() < 0.05 else 1)
            rows.append(partner)
            served = rng.sample(self.hoods, k=min(len(self.hoods), rng.randint(1, 3)))
            if place is not None and place not in served:
                served[0] = place  # "Food Bank - Carlington" serves Carlington
            for hood in served:
                links.append({"partner_id": partner["id"], "neighbourhood_id": hood["id"],
                              "created_at": self.stamp})
                self.hood_partners[hood["id"]].append(partner["id"])
        self.partner_rows = rows
        self.insert("partner", rows)
        self.insert("partner_neighbourhood", links)
        self.summary.partners = len(rows)

    def contacts(self) -> None:
        rng = self.rng
        rows: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        officers = [o["id"] for o in self.officer_rows if o["active"]]
        all_partners = [p["id"] for p in self.partner_rows]
        self.resident_ids = {p["id"] for p in self.partner_rows if not p["is_organization"]}
        for _ in range(self.size.contacts):
            hood = rng.choice(self.hoods)
            quadrant = self.hood_quadrant[hood["id"]]
            partner_ids = self.hood_partners[hood["id"]] or all_partners
            partner = rng.choice(partner_ids)
            when = self.day - timedelta(days=rng.randint(0, 364))
            kind = rng.choice(CONTACT_KINDS[:-1]) if rng.random() > 0.03 else CONTACT_KINDS[-1]
            summary = rng.choice(words.CONTACT_SUMMARIES[quadrant]).format(
                street=self.street(), partner=self.partner_label(partner))
            follow_up, due, done = "", None, None
            if rng.random() < 0.15:
                follow_up = rng.choice(words.FOLLOW_UPS)
                due_day = when + timedelta(days=rng.randint(3, 21))
                due = due_day.isoformat()
                if due_day < self.day and rng.random() < 0.9:
                    done = self.at(due_day, 15)
            referral = kind == CONTACT_KINDS[-1]
            moment = datetime.combine(when, time(rng.randint(8, 21), rng.choice((0, 15, 30, 45))),
                                      tzinfo=LOCAL_ZONE)
            if moment > self.now:  # today's contacts are those made by now
                moment -= timedelta(days=1)
            contact = self.row(
                occurred_at=iso(moment),
                officer_id=rng.choice(officers), neighbourhood_id=hood["id"], kind=kind,
                activity=rng.choice(QUADRANTS[Quadrant(quadrant)].actions),
                # A referral keeps the date, the agency and the outcome: no why, no who.
                summary="" if referral else summary,
                situation_table_agency="Situation Table (Hub)" if referral else "",
                situation_table_outcome=SITUATION_TABLE_OUTCOMES[
                    len(rows) % len(SITUATION_TABLE_OUTCOMES)] if referral else "",
                follow_up=follow_up, follow_up_due=due, follow_up_done_at=done)
            rows.append(contact)
            if not (referral and partner in self.resident_ids):
                links.append({"contact_id": contact["id"], "partner_id": partner,
                              "created_at": self.stamp})
        self.insert("contact", rows)
        self.insert("contact_partner", links)
        self.summary.contacts = len(rows)

    def partner_label(self, partner_id: str) -> str:
        if not hasattr(self, "_partner_names"):
            self._partner_names = {p["id"]: p["name"] for p in self.partner_rows}
        return self._partner_names[partner_id]

    def initiatives(self) -> None:
        rng, rows, events, hood_links, partner_links = self.rng, [], [], [], []
        stages = list(Stage)
        for n in range(self.size.initiatives):
            hood = rng.choice(self.hoods)
            title_template, quadrant = rng.choice(words.INITIATIVES)
            stage = stages[n % len(stages)]
            reached = stages.index(stage)
            lead = (Lead.POLICE, Lead.SHARED, Lead.COMMUNITY)[min(2, reached // 2 + n % 2)]
            street = self.street()
            started = self.day - timedelta(days=rng.randint(20, 400))
            due = self.day + timedelta(days=rng.randint(-10, 20))
            texts = {
                "problem_statement": f"Repeat calls about this problem near {street}, "
                                     f"confirmed by the crime analyst and residents.",
                "analysis_offender": "A small group of repeat offenders" if reached >= 1 else "",
                "analysis_victim": "Residents and small businesses" if reached >= 1 else "",
                "analysis_place": f"{street}, poorly lit, no guardian" if reached >= 1 else "",
                "analysis_controllers": "Property manager as place manager" if reached >= 1
                else "",
                "response_plan": "Police: directed patrols; city: lighting; residents: watch"
                if reached >= 2 else "",
                "objectives": "Halve calls for service in 6 months" if reached >= 2 else "",
                "measures_before": f"{rng.randint(20, 60)} calls in 6 months"
                if reached >= 3 else "",
                "measures_after": f"{rng.randint(5, 25)} calls in 6 months"
                if reached >= 3 else "",
                "outcome": "Fewer incidents" if reached >= 4 else "",
            }
            initiative = self.row(
                title=title_template.format(street=street), quadrant=quadrant,
                stage=stage.value, status="closed" if stage is Stage.CLOSED else "active",
                lead=lead.value, assessment_notes="",
                next_step="" if stage is Stage.CLOSED
                else rng.choice(words.NEXT_STEPS).format(street=street),
                next_step_due=None if stage is Stage.CLOSED else due.isoformat(), **texts)
            rows.append(initiative)
            for index in range(reached + 1):
                events.append({"id": self.new_id(), "initiative_id": initiative["id"],
                               "at": self.at(started + timedelta(days=index * 30), 10),
                               "kind": "stage", "from_value": stages[index - 1].value
                               if index else None, "to_value": stages[index].value,
                               "actor": "Sgt. Demo"})
            events.append({"id": self.new_id(), "initiative_id": initiative["id"],
                           "at": self.at(started, 10), "kind": "lead", "from_value": None,
                           "to_value": "police", "actor": "Sgt. Demo"})
            if lead is not Lead.POLICE:
                events.append({"id": self.new_id(), "initiative_id": initiative["id"],
                               "at": self.at(started + timedelta(days=45), 10), "kind": "lead",
                               "from_value": "police", "to_value": lead.value,
                               "actor": "Sgt. Demo"})
            hood_links.append({"initiative_id": initiative["id"], "neighbourhood_id": hood["id"],
                               "created_at": self.stamp})
            for partner in set(rng.sample(self.hood_partners[hood["id"]] or
                                          [p["id"] for p in self.partner_rows[:5]],
                                          k=1)):
                partner_links.append({"initiative_id": initiative["id"], "partner_id": partner,
                                      "created_at": self.stamp})
        self.insert("initiative", rows)
        self.insert("initiative_event", events)
        self.insert("initiative_neighbourhood", hood_links)
        self.insert("initiative_partner", partner_links)
        self.summary.initiatives = len(rows)


def build_demo(desk: Desk, size: str = "small", seed: int = 7,
               today: date | None = None) -> DemoSummary:
    """Fill an empty database with a demo division."""
    if size not in SIZES:
        raise DeskError(f"The demo size must be small or large, not '{size}'.")
    if desk.beats.count() or desk.neighbourhoods.count():
        raise DeskError("This database already holds records; build a demo in an empty one.")
    day = today or local_today(desk.context.clock)
    now = desk.context.clock()
    if local(now).date() != day:  # a demo of another day: all of that day is past
        now = datetime.combine(day, time(23, 59), tzinfo=LOCAL_ZONE)
    builder = _Builder(desk, SIZES[size], seed, day, now)
    with desk.db.atomic():
        summary = builder.build()
        desk.settings.set("service_name", "Kawartha Regional Police Service")
        desk.settings.set("division_name", "North Division")
        audit.record_change(desk.db, at=desk.context.now(), actor=desk.actor, action="demo",
                            table="division", row_id=None, before=None,
                            after={"size": size, "seed": seed, **asdict(summary)})
    return summary
