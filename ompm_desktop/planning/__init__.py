"""Planning a shift from the model: building it from local times (DST nights as long as they
really are), copying the platoon's previous shift, suggesting directed tasks per beat from
each neighbourhood's quadrant, initiatives, follow-ups and briefing items, warning about the
plan, exporting it as iCalendar files, and handing it to the briefing as plain data.

The public API (no Qt anywhere):

- shift_bounds(day, start, end) -> ShiftTimes; shift_times(shift); read_clock_time(text)
- create_shift(desk, day, start, end, platoon=, supervisor_id=, notes=, copy_previous=)
  -> (shift, CopyResult | None); set_shift_times(...); copy_previous_shift(desk, shift_id);
  withdraw_planned_shift / plan_shift_again (its undo and redo); free_officers(desk, shift_id)
- suggest_tasks(desk, shift_id) -> list[BeatTasks] (SuggestionsInSteps: the same a beat at
  a time); take_suggestion(desk, shift_id, s); add_task(desk, shift_id, text, beat_id=...)
- shift_warnings(desk, shift_id) -> list[PlanWarning]; minimum_staffing(desk, platoon)
- write_shift_calendar / write_day_calendar / write_officer_calendars / officer_calendar
- briefing_data(desk, shift_id) -> ShiftPlan (plain dataclasses)
"""

from ompm_desktop.planning.briefing_data import (
    AssignmentInfo,
    BeatBriefing,
    ItemInfo,
    ShiftInfo,
    ShiftPlan,
    TaskInfo,
    briefing_data,
)
from ompm_desktop.planning.calendar_events import CalendarEvent, event_uid
from ompm_desktop.planning.calendar_export import (
    ExportedCalendar,
    officer_calendar,
    shift_calendar,
    write_day_calendar,
    write_officer_calendars,
    write_shift_calendar,
)
from ompm_desktop.planning.plan_warnings import PlanWarning, minimum_staffing, shift_warnings
from ompm_desktop.planning.shift_plans import (
    CopyResult,
    copy_previous_shift,
    create_shift,
    free_officers,
    plan_shift_again,
    previous_shift,
    set_shift_times,
    withdraw_planned_shift,
)
from ompm_desktop.planning.shift_times import (
    ShiftTimes,
    read_clock_time,
    shift_bounds,
    shift_label,
    shift_times,
)
from ompm_desktop.planning.standing import Standing, standings
from ompm_desktop.planning.suggestions import (
    BeatTasks,
    Suggestion,
    SuggestionsInSteps,
    add_task,
    suggest_tasks,
    take_suggestion,
)

__all__ = [
    "AssignmentInfo", "BeatBriefing", "BeatTasks", "CalendarEvent", "CopyResult",
    "ExportedCalendar", "ItemInfo", "PlanWarning", "ShiftInfo", "ShiftPlan", "ShiftTimes",
    "Standing", "Suggestion", "SuggestionsInSteps", "TaskInfo", "add_task", "briefing_data",
    "copy_previous_shift",
    "create_shift", "event_uid", "free_officers", "minimum_staffing", "officer_calendar",
    "plan_shift_again", "previous_shift", "read_clock_time", "set_shift_times", "shift_bounds",
    "shift_calendar", "shift_label", "shift_times", "shift_warnings", "standings",
    "suggest_tasks", "take_suggestion", "withdraw_planned_shift", "write_day_calendar",
    "write_officer_calendars", "write_shift_calendar",
]
