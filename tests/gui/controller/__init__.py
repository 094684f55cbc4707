"""The session controller pinned (issue 14, mutation testing of gui/workspace/controller.py)."""
