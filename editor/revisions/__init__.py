"""Revision marks beyond recording: reviewing, new proposals from a resolution, comparing two texts.

Recording itself lives in `editor.model.session` (every edit goes through
it); this package only reads marks or changes them through an EditSession.
"""
