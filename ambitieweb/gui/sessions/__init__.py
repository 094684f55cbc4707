"""The session list and the session's details: new, duplicate, delete, participants."""
