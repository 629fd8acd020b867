"""Listing and reading your entries: how many are shown, the newest of an exercise, and
picking one to read from the home screen."""

from selfkind.messages.plural import Plural

# `entries list` shows the newest few; the rest are a flag away.
ENTRIES_SHOWN_OF = Plural(
    one="Showing the newest {shown} of {count} entry; --limit or --since shows more.",
    other="Showing the newest {shown} of {count} entries; --limit or --since shows more.",
)
# `entries show --latest [EXERCISE]`.
LATEST_NONE = (
    "No finished entries yet. When you are ready, `selfkind checkin` takes about a minute."
)
LATEST_NONE_OF = "No finished entries of '{exercise}' yet. `selfkind run {exercise}` starts one."
LATEST_UNKNOWN = "There is no exercise '{exercise}'. `selfkind exercise list` shows them all."
LATEST_UNKNOWN_CLOSE = "There is no exercise '{exercise}'. Did you mean '{close}'?"
SHOW_NEEDS_ID = "Which entry? Give its id (`selfkind entries list` shows them), or --latest."
# Picking an entry to read, from the home screen.
HOME_PICK_ENTRY = "Which entry would you like to read?"
HOME_DONE_READING = "That is all for now"
