"""Scoring a neighbourhood's assessment on the model's two axes, threat and capacity, and
explaining each score indicator by indicator.

The published model has no scoring instrument; this is the desk's own, and its weights and
thresholds are settings of the service. Modules: `indicators` (what is asked), `weights`
(how much each counts), `peers` and `computed` (what the records say), `scores` (the
arithmetic and its explanation), `recording` (writing an assessment, and a proposal from a
point placed on the diagram).
"""
