"""The demo's Community Safety and Well-Being plan and its year of calls for service.

Drawn with a random generator of its own (seeded from the demo's seed), after the rest of
the demo, so that everything else is as it always was. Three initiatives show the three
readings of "did it work?": fewer calls, no clear change, too few calls to tell.
"""

from __future__ import annotations

import math
import random
import uuid
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from ompm_desktop.clock import LOCAL_ZONE, iso
from ompm_desktop.cswb.calls import Call, add_calls
from ompm_desktop.demo import places
from ompm_desktop.model.sara import Stage

if TYPE_CHECKING:
    from ompm_desktop.demo.generator import _Builder

RISKS = (
    ("Mental health and addictions", "risk intervention",
     "Fewer repeat mental-health calls at the same addresses; more Situation Table "
     "referrals accepted within 48 hours"),
    ("Youth at risk", "social development",
     "More youth in after-school programs; fewer youth-involved disturbance calls"),
    ("Housing and homelessness", "social development",
     "Fewer people sleeping outside in winter; encampment calls answered with outreach"),
    ("Property crime", "prevention",
     "Break-and-enters and thefts down 10% in the priority neighbourhoods"),
    ("Road safety", "prevention", "Fewer speeding complaints and collisions near schools"),
    ("Violence and weapons", "incident response",
     "Fewer assaults and weapons calls; every victim offered victim services"),
)

SECTOR_OF_KIND = {
    "Agency": "community or social services",
    "School": "education",
    "Health service": "health or mental health",
    "Faith group": "faith community",
    "Business": "business",
    "First Nation": "Indigenous community",
    "Community group": "children's or youth services",
}
# An agency's name says its sector better than its kind does.
SECTOR_OF_NAME = (
    ("Health", "health or mental health"), ("santé", "health or mental health"),
    ("Children", "children's or youth services"), ("Youth", "children's or youth services"),
    ("Boys and Girls", "children's or youth services"), ("Housing", "housing"),
)

# Call types, with calls a year per 5,000 residents, and the risk each speaks to.
CALL_TYPES = {
    "Disturbance": (150, "Youth at risk"), "Suspicious person": (120, "Property crime"),
    "Traffic complaint": (100, "Road safety"), "Theft": (110, "Property crime"),
    "Break and enter": (30, "Property crime"),
    "Mental health": (80, "Mental health and addictions"),
    "Drugs": (25, "Mental health and addictions"), "Fraud": (1.5, "Violence and weapons"),
    "Domestic": (50, "Violence and weapons"), "Assault": (35, "Violence and weapons"),
    "Noise complaint": (90, "Housing and homelessness"), "Alarm": (80, "Property crime"),
    "Check well-being": (70, "Mental health and addictions"),
}
INITIATIVE_TYPES = {
    "Drug activity": ("Drugs",), "Break-and-enters": ("Break and enter",),
    "Youth gathering": ("Disturbance",), "Lighting": ("Suspicious person",),
    "Frauds": ("Fraud",), "Bike theft": ("Theft",), "Speeding": ("Traffic complaint",),
    "Neighbourhood watch": ("Break and enter", "Theft"),
}
# The three initiatives that show "did it work?": (title, call type, weekly calls in the
# place before the response began, after it, and in each other neighbourhood of the beat).
SHOWCASE = (
    ("Drug activity in the {street} lot", "Drugs", 5, 1, 2),
    ("Break-and-enters along {street}", "Break and enter", 3, 3, 2),
    ("Frauds targeting seniors on {street}", "Fraud", 0.2, 0.15, 0),
)
SHOWCASE_WEEKS = 20  # the response began this many weeks before the demo's day


def add_plan(builder: _Builder, seed: int) -> int:
    """The plan, its tags and a year of calls; returns the number of calls."""
    rng = random.Random(f"cswb plan {seed}")
    db = builder.desk.db
    risks = {name: builder_row(rng, builder, name=name, area=area, outcomes=outcomes,
                               description="")
             for name, area, outcomes in RISKS}
    db.table("cswb_risk").insert_all(risks.values())
    risk_ids = [row["id"] for row in risks.values()]
    partner_links = []
    for partner in builder.partner_rows:
        sector = next((named for word, named in SECTOR_OF_NAME if word in partner["name"]),
                      SECTOR_OF_KIND.get(partner["kind"], ""))
        if sector:
            db.execute("UPDATE partner SET sector = ? WHERE id = ?", [sector, partner["id"]])
            for risk in rng.sample(risk_ids, k=rng.randint(0, 2)):
                partner_links.append({"partner_id": partner["id"], "cswb_risk_id": risk,
                                      "created_at": builder.stamp})
    db.table("partner_risk").insert_all(partner_links)
    initiatives = list(db.query("SELECT i.id, i.title, i.stage, n.neighbourhood_id "
                                "FROM initiative i JOIN initiative_neighbourhood n "
                                "ON n.initiative_id = i.id ORDER BY i.rowid"))
    showcase = _showcase(builder, rng, initiatives)
    links = []
    for initiative in initiatives:
        types = showcase.get(initiative["id"]) or _types_of(initiative["title"])
        db.execute("UPDATE initiative SET call_types = ? WHERE id = ?",
                   ["; ".join(types), initiative["id"]])
        risk = CALL_TYPES[types[0]][1]
        links.append({"initiative_id": initiative["id"], "cswb_risk_id": risks[risk]["id"],
                      "created_at": builder.stamp})
    db.table("initiative_risk").insert_all(links)
    calls = _year_of_calls(builder, rng) + _showcase_calls(builder, rng, initiatives, showcase)
    calls.sort(key=lambda call: call.occurred_at)
    numbered = [call._replace(reference=f"KRP-{n:07d}") for n, call in enumerate(calls, 1)]
    return add_calls(db, places.place_share(builder, seed, numbered), builder.stamp)


def builder_row(rng: random.Random, builder: _Builder, **values: Any) -> dict[str, Any]:
    return {"id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "created_at": builder.stamp, "updated_at": builder.stamp, "deleted_at": None,
            **values}


def _types_of(title: str) -> tuple[str, ...]:
    for start, types in INITIATIVE_TYPES.items():
        if title.startswith(start):
            return types
    return ("Disturbance",)


def _showcase(builder: _Builder, rng: random.Random,
              initiatives: list[dict[str, Any]]) -> dict[str, tuple[str, ...]]:
    """Three initiatives past the response stage, in neighbourhoods of their own, given the
    showcase's titles and a response that began SHOWCASE_WEEKS ago."""
    db = builder.desk.db
    order = [Stage.SCANNING, Stage.ANALYSIS, Stage.RESPONSE, Stage.ASSESSMENT]
    chosen: dict[str, tuple[str, ...]] = {}
    used: set[str] = set()
    for initiative in initiatives:
        if len(chosen) == len(SHOWCASE):
            break
        if initiative["stage"] not in (Stage.ASSESSMENT.value, Stage.CLOSED.value) or \
                initiative["neighbourhood_id"] in used:
            continue
        title, call_type, *_rates = SHOWCASE[len(chosen)]
        began = builder.day - timedelta(weeks=SHOWCASE_WEEKS)
        db.execute("UPDATE initiative SET title = ? WHERE id = ?",
                   [title.format(street=rng.choice(STREETS)), initiative["id"]])
        for index, stage in enumerate(order):
            day = began + timedelta(weeks=(-12, -6, 0, SHOWCASE_WEEKS - 2)[index])
            db.execute("UPDATE initiative_event SET at = ? WHERE initiative_id = ? AND "
                       "kind = 'stage' AND to_value = ?",
                       [builder.at(day, 10), initiative["id"], stage.value])
        chosen[initiative["id"]] = (call_type,)
        used.add(initiative["neighbourhood_id"])
        initiative["showcase"] = SHOWCASE[len(chosen) - 1]
    return chosen


STREETS = ("Simcoe St.", "Lansdowne St.", "George St.", "Water St.", "Charlotte St.")


def _year_of_calls(builder: _Builder, rng: random.Random) -> list[Call]:
    """A year of calls, by neighbourhood and type, at rates near a mid-sized Ontario city's,
    busier in summer and in the evening."""
    start = builder.day - timedelta(days=365)
    calls = []
    scale = 0.2 if builder.size.neighbourhoods > 50 else 1.0  # the large demo: fewer per place
    for hood in builder.hoods:
        residents = (hood["population"] or 5000) / 5000
        for call_type, (per_year, _risk) in CALL_TYPES.items():
            expected = per_year * residents * scale
            count = max(0, round(rng.gauss(expected, math.sqrt(expected))))
            for _n in range(count):
                day = start + timedelta(days=_seasonal_day(rng))
                calls.append(_call(builder, rng, day, call_type, hood["id"]))
    return calls


def _seasonal_day(rng: random.Random) -> int:
    """A day of the last 365, summer's days a little likelier."""
    while True:
        day = rng.randrange(365)
        if rng.random() < 0.8 + 0.2 * math.sin(math.pi * day / 365):
            return day


def _call(builder: _Builder, rng: random.Random, day: date, call_type: str,
          hood: str) -> Call:
    hour = min(23, max(0, round(rng.gauss(17, 5))))
    moment = datetime.combine(day, time(hour, rng.randrange(60)), tzinfo=LOCAL_ZONE)
    if moment > builder.now:
        moment -= timedelta(days=1)
    return Call(iso(moment), call_type, hood)


def _showcase_calls(builder: _Builder, rng: random.Random, initiatives: list[dict[str, Any]],
                    showcase: dict[str, tuple[str, ...]]) -> list[Call]:
    """Steady calls of each showcase initiative's type: in its neighbourhood at one weekly
    rate before its response began and another after, and in the rest of its beat."""
    beat_of = {hood["id"]: hood["beat_id"] for hood in builder.hoods}
    calls = []
    began = builder.day - timedelta(weeks=SHOWCASE_WEEKS)
    for initiative in initiatives:
        if initiative["id"] not in showcase:
            continue
        _title, call_type, before, after, elsewhere = initiative["showcase"]
        hood = initiative["neighbourhood_id"]
        rest = [other for other, beat in beat_of.items()
                if beat == beat_of[hood] and other != hood]
        for week in range(-SHOWCASE_WEEKS, SHOWCASE_WEEKS):
            day = began + timedelta(weeks=week)
            rate = before if week < 0 else after
            calls += [_call(builder, rng, day + timedelta(days=rng.randrange(7)), call_type,
                            hood) for _n in range(_weekly(rng, rate))]
            for other in rest:
                calls += [_call(builder, rng, day + timedelta(days=rng.randrange(7)),
                                call_type, other) for _n in range(_weekly(rng, elsewhere))]
    return [call for call in calls if call.occurred_at <= iso(builder.now)]


def _weekly(rng: random.Random, rate: float) -> int:
    """A whole number of calls for a week whose rate may be a fraction."""
    whole = int(rate)
    return whole + (1 if rng.random() < rate - whole else 0)
