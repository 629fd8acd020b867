"""Practising at the terminal, closing words, the first run, home, the summary and the shell nudge."""

from selfkind.messages.plural import Plural

# Practising at the terminal.
DRAFT_KEPT = "Paused. What you wrote is kept as a draft; `selfkind run {exercise}` picks up where you left off."
RESUME_QUESTION = "You started this on {when} and stopped part-way. Pick up where you left off?"
RESUME_YES = "Pick up where I left off"
RESUME_NO = "Start fresh (the unfinished draft is deleted)"
KEY_HINTS = "Shift-Tab goes back to the previous answer · Ctrl-C pauses and keeps a draft"
SCALE_INVALID = "Type a whole number from {low} to {high}."
TEXT_REQUIRED = "Write a few words, or as many as you like."
TEXT_TOO_LONG = "That is {length} characters; this step keeps up to {limit}."
CHOICES_TOO_FEW = "Choose at least {count}."
SKIP_CHOICE = "(skip)"
OPTIONAL = "optional: Enter to skip"
MULTILINE_HINT = "Esc then Enter to finish"
EDITOR_HINT = "Ctrl-X Ctrl-E opens your editor"
EDITOR_NOT_SET = "No editor is set. Keep writing here, or set one for next time: export EDITOR=nano"
OPTIONAL_MULTILINE = "optional: Esc then Enter to skip"
SELECT_HINT = "(Use arrow keys)"
CHOICES_HINT = "Space to choose, Enter when done"
CONTINUE_HINT = "Enter to continue"
PAUSE_HINT = "Enter to move on"
# Plain mode (screen readers, TERM=dumb): every answer is typed on a line.
PLAIN_PICK_ONE = "Type its number, 1 to {count}."
PLAIN_PICK_AGAIN = "That is not one of the numbers; type one from 1 to {count}."
PLAIN_PICK_DEFAULT = "Enter alone: {number}."
PLAIN_PICK_SKIP = "Enter alone skips this one."
PLAIN_PICK_MANY = "Type the numbers of any that fit (1 to {count}), separated by commas."
PLAIN_PICK_NONE = "Enter alone: none of them."
PLAIN_PICK_NOT_ONE = (
    "'{part}' is not one of them; type numbers from 1 to {count}, separated by commas."
)
# Yes or no, at a terminal: the words that mean each (y and n are always taken too); the first
# letter of each is a key. The bracket shows which Enter alone takes.
YES_WORDS = "y yes"
NO_WORDS = "n no"
CONFIRM_YES_OR_NO = "(Y/n)"
CONFIRM_NO_OR_YES = "(y/N)"
CONFIRM_YES = "Yes"
CONFIRM_NO = "No"
PLAIN_YES_NO = "Please type y for yes or n for no."
PLAIN_YES_NO_DEFAULT_YES = "Type y or n (Enter alone: yes)."
PLAIN_YES_NO_DEFAULT_NO = "Type y or n (Enter alone: no)."
PLAIN_PAUSE = Plural(
    one="Take {count} second for this, then press Enter to go on.",
    other="Take {count} seconds for this, then press Enter to go on.",
)
# Closing words, chosen by what happened in the run.
CLOSING_PRACTISED = "Thank you for taking this time for yourself."
CLOSING_EASED = "It looks like that eased a little. Thank you for taking this time for yourself."
CLOSING_BACKDRAFT = "{label} went from {before} to {after} this time, and that is common: when we meet old pain with kindness, it can come up more strongly at first (this is sometimes called backdraft). It usually eases. Go gently; `selfkind run grounding` is there if you would like to settle."
CLOSING_BACKDRAFT_HIGH = (
    "If it feels like too much, `selfkind help-now` lists people you can reach right away."
)
CLOSING_AFTER_SUPPORT = (
    "Your answers are saved. Go gently; the lines above are there whenever you need them."
)
CLOSING_SAFETY_PLAN = "Your plan is saved. `selfkind help-now` shows it, with the support lines, whenever you need it."

FIRST_RUN = """\
Welcome to selfkind.

selfkind helps you practise self-compassion: a one-minute daily check-in and short exercises for harder moments. It is a self-help tool, not therapy or a diagnosis, and it is not for emergencies.

Everything you write stays on this computer, in {folder} (`selfkind where` shows it again). Nothing is ever sent anywhere.

If you are struggling right now or might be in danger, `selfkind help-now` lists people you can reach straight away."""
WHERE = "Your selfkind data lives in {folder}"

# Home.
HOME_CHECKIN_DONE = "Today's check-in is done. Thank you."
HOME_CHECKIN_DONE_MOOD = "Today's check-in is done (mood {mood}). Thank you."
HOME_CHECKIN_DUE = "No check-in yet today. It takes about a minute."
HOME_PRACTICE = "You practised on {count} of the last {days} days."
HOME_DAYS_PRACTISED = "Days with practice: {days}."  # plain mode's words for the week's dots
HOME_FIRST_DAY = "Today is your first day of practice. Welcome."
HOME_DRAFT = "Your {title} from {when} is waiting, whenever you want to finish it."
HOME_FINISH = "Finish your {title}"
HOME_NO_PRACTICE = "Whenever you are ready, one small check-in is plenty."
HOME_WHAT_NEXT = "What would you like to do?"
HOME_CHECKIN = "Check in (about a minute)"
HOME_EXERCISE = "Try an exercise"
HOME_ENTRIES = "Read recent entries"
HOME_NOTHING = "Nothing for now"
HOME_FOR_TODAY = "For today: {title}"
HOME_LEARN = "A short read: {title}"
HOME_FIRST_PLAN = "Try a gentle two-week plan: one new practice at a time"
HOME_EXERCISE_MINUTES = "{title} ({minutes} min)"
HOME_FIRST_PLAN_ADDED = "Added '{title}'. It starts today with the check-in; `selfkind plan show {id}` shows what comes when, and `selfkind plan remove {id}` stops it."
HOME_PICK_EXERCISE = "Which exercise?"

# Summary.
SUMMARY_TITLE = "Your practice · {window}"
SUMMARY_EMPTY = Plural(
    one="Nothing here for this day yet, and that is all right. Whenever you like, `selfkind checkin` takes about a minute, and this page fills in as you go.",
    other="Nothing here for these {count} days yet, and that is all right. Whenever you like, `selfkind checkin` takes about a minute, and this page fills in as you go.",
)
SUMMARY_PRACTICE = Plural(
    one="You practised on {practised} of {count} day.",
    other="You practised on {practised} of {count} days.",
)
SUMMARY_PRACTICE_SINCE = Plural(
    one="You practised on {practised} of {count} day since you began.",
    other="You practised on {practised} of the {count} days since you began.",
)
SUMMARY_TIME = "About {time} in all."  # follows SUMMARY_PRACTICE on the same line
SUMMARY_CHANGE = Plural(
    one="{label}: {change} ({title}, {count} time)",
    other="{label}: {change} ({title}, {count} times)",
)
SUMMARY_CHANGE_SHORT = Plural(  # under its label, on a narrow screen
    one="{change} ({count} time)",
    other="{change} ({count} times)",
)
# A change score, before and after on average. The built-ins rate something heavy, so down
# is easing; a rise is met kindly (backdraft). Anyone else's score just goes down or up.
SUMMARY_CHANGE_EASED = "{before} → {after} on average, eased by {by}"
SUMMARY_CHANGE_ROSE = "{before} → {after} on average, rose by {by}; that is common at first, as kindness can stir up old feelings"
SUMMARY_CHANGE_DOWN = "{before} → {after} on average, down by {by}"
SUMMARY_CHANGE_UP = "{before} → {after} on average, up by {by}"
SUMMARY_CHANGE_SAME = "{before} → {after} on average, no change"
SUMMARY_KIND_WORDS = "In your own words"
SUMMARY_BAD_WINDOW = "--since must not be after --until; swap them and run again."
SUMMARY_DAYS_AND_DATES = "Use --days, or --since and --until, not both."

# The shell nudge: plain text, one line.
NUDGE_CHECKIN = "No check-in yet today: selfkind checkin (about a minute)"
NUDGE_DRAFT = "Your check-in today is half done: selfkind checkin picks it up"
