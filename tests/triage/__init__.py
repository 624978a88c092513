"""Tests of the triage engine."""
