"""Presenter mode: the presenter view on the laptop, the audience window on the projector."""
