"""The shift planner's widgets: the list of shifts, the new-shift dialog, the assignments,
the officers still free, each beat's directed tasks, and the plan's warnings."""
