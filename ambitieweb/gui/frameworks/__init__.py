"""The framework room: an organisation's own frameworks, edited theme by theme."""
