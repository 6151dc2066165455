"""What the after-action report says, worked out from a session: a pure layer.

Every module here reads the deck and the folded session state (and, where it
needs the past, replays the log once) and returns plain values. None of them
imports the builder, a renderer or reportlab: the builder
(:mod:`tabletop.core.report.build`) calls them and puts what they find into
the report model.
"""
