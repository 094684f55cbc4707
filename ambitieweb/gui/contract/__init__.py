"""Contract follow-up (issue 18): a project web's contract data, its reviews and agreed against realised."""
