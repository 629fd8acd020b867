"""Plans: a therapist's bundle of exercises with a schedule, and what is due today."""
