"""Plans from a therapist, exercises people write, and reports."""

from selfkind.messages.plural import Plural

PLAN_WHY_AFTER_TITLE = ": "  # between an exercise's title and why the plan asks for it

# Plans.
PLAN_EVERY_DAY = "every day"
PLAN_TIMES_A_WEEK = Plural(one="once a week", other="{count} times a week")
PLAN_DAYS = "{most} and {last}"
PLAN_MISTAKES = Plural(
    one="{path} has {count} mistake, so nothing was installed. Fix it and try again:",
    other="{path} has {count} mistakes, so nothing was installed. Fix them and try again:",
)
PLAN_ADDED = "Added the plan '{title}' ({id}). `selfkind today` shows what is due."
PLAN_UPDATED = "Updated the plan '{title}' ({id}); your entries are kept."
PLAN_REMOVED = "Removed the plan '{title}'. Your entries are kept."
PLAN_KEPT = "Kept the plan. Nothing was removed."
PLAN_CONFIRM_REMOVE = "Remove the plan '{title}'? Your entries stay."
PLAN_REMOVE_NEEDS_YES = (
    "Removing a plan needs a yes. Run again with --yes to remove it without being asked."
)
NO_SUCH_PLAN = "There is no plan called '{id}'. `selfkind plan list` shows them."
NO_PLANS = "No plans yet. A therapist's plan is added with `selfkind plan add FILE`."
TODAY_NOTHING = "That is all your plans ask for today."
TODAY_NO_PLANS = "No plan from a therapist here: `today` lists what a plan asks for each day. Your own check-in is `selfkind checkin`, whenever you like."
PLAN_FROM_DAY = "{how}, from {day}"
NO_SUCH_BUILTIN_PLAN = "There is no built-in plan called '{id}'. The built-in plans: {known}."
PLAN_FILE_OR_BUILTIN = "Name a plan file, or a built-in plan with --builtin ID, but not both."
PLAN_WHY_EACH = "Why each one"
PLAN_IF_YOU_LIKE = "{how}, if you like"
PLAN_IF_YOU_LIKE_TODAY = "if you like"
PLAN_NEW_TODAY = "{title} (new today)"
HOME_PLAN_DUE = "From your plans today: {titles}."
HOME_PLANNED = "{title} (from your plan)"

# Writing exercises.
BAD_EXERCISE_ID = "'{id}' cannot be an exercise id: {hint}."
FILE_EXISTS = (
    "{path} is already there, so nothing was written. Choose another id, or move the file first."
)
EXERCISE_CREATED = "Wrote {path} (it validates as it is) and the editor schema {schema}. Edit it, then `selfkind exercise validate {path}`."
EXERCISE_FROM_TEMPLATE = "Wrote {path} from the {title} template, with its scoring in place. Put the official wording where each [[...]] stands (the comment at the top says where it is published), then `selfkind exercise validate {path}`."
NO_SUCH_TEMPLATE = "There is no measure template called '{name}'. `selfkind exercise new --list-templates` lists them."
NO_SUCH_TEMPLATE_CLOSE = "There is no measure template called '{name}'. Did you mean '{close}'? `selfkind exercise new --list-templates` lists them."
EXERCISE_NEW_NEEDS_ID = "Name the new exercise, like `selfkind exercise new evening-kindness`."
EXERCISE_GUIDED_OR_TEMPLATE = "Choose one way to start: --guided builds an exercise by asking, --from starts from a measure template."
EXERCISE_ADDED = "Added '{title}'. `selfkind run {id}` runs it."
CLASHES_WITH_BUILT_IN = "{path}: the id '{id}' belongs to a built-in exercise; choose another id, or add --replace to use yours instead."
NOTHING_ADDED = "Nothing was added. Fix these and try again:"

# Reports.
PLAN_FILE_DOT = "a file next to the plan is written with ./ in front: ./{name}"
PLAN_SCHEMA_WRITTEN = "Wrote the plan format's JSON Schema to {path}."
REPORT_NAME = "--name takes a name on one line, at most {limit} characters."
REPORT_SINCE_LAST_HOW = "--since-last goes with --plan ID, and without --since."
REPORT_NOTHING_SINCE_LAST = (
    "The last report for this plan covered the days up to {day}; there is nothing new to "
    "report yet."
)
REPORT_FORMAT = "'{format}' is not a report format; use html, md or pdf."
REPORT_PDF_NEEDS_OUT = "A PDF goes to a file: add --out FILE, for example --out report.pdf."
REPORT_NO_BROWSER = (
    "A PDF is printed by Chromium or Chrome, and neither is on this computer. Install one "
    "(for example apt install chromium), or make the page with --format html and print it "
    "from any browser."
)
REPORT_PDF_FAILED = (
    "{browser} did not print the report, so no PDF was made. Make the page with --format "
    "html and print it from a browser."
)
REPORT_CHOOSE_RATINGS = (
    "Which entries' ratings and choices would you like to include? Their scores are in the "
    "report already; nothing else is shared unless you choose it."
)
REPORT_CHOOSE = "And which entries' words (what you wrote)?"
REPORT_INCLUDE = "'{level}' is not something to include; use scores, answers or words."
REPORT_WRITTEN = "Wrote the report to {path}: {since} to {until}, with the ratings and choices of {rated} and the words of {shared} of {count} entries. It is yours to share or keep."
PLAN_STARTS = "Your plan '{title}' starts on {start}."
REPORT_NOT_STARTED = "The plan '{title}' starts on {start}, so there is nothing to report yet."
