"""The words selfkind says, kept together so their tone can be read and tuned in one sitting.

Messages with {placeholders} are filled with str.format; the values are the
person's own text and are always shown literally.
"""

# Errors: what happened, then what to do.
NO_SUCH_EXERCISE = "There is no exercise called '{name}'. `selfkind exercise list` shows them all."
NO_SUCH_EXERCISE_CLOSE = "There is no exercise called '{name}'. Did you mean '{close}'?"
NO_SUCH_FILE = "There is no file at {path}. Check the path and try again."
NO_SUCH_ENTRY = "There is no entry with the id '{id}'. `selfkind entries list` shows the ids."
AMBIGUOUS_ENTRY = "More than one entry starts with '{id}'. Type a few more characters of the id."
STORE_UNREADABLE = "selfkind could not open its data at {path} ({reason}). Check that the folder is yours and readable."
STORE_FAILED = "selfkind could not read or write its data at {path} ({reason}). Check the folder's permissions and free space, then try again."
NOT_A_DATABASE = "{path} is not a selfkind database, so selfkind left it untouched. Move it aside or set SELFKIND_HOME to another folder."
NEWER_DATABASE = "The data at {path} was written by a newer selfkind. Update selfkind to open it; nothing was changed."
UNEXPECTED = "Something went wrong inside selfkind, and it is not your fault. Nothing you wrote earlier was touched; run again with SELFKIND_DEBUG=1 to see the details for a bug report."
INTERRUPTED = "Stopped. Nothing new was saved."
RESUMING = "Picking up where you left off. So far:"

# Answers given up front.
ANSWERS_DONT_FIT = (
    "Some answers do not fit their steps, so nothing was saved. Fix them and run again:"
)
ANSWER_FOR_NO_STEP = "{step}: there is no step with this id in '{exercise}' (its steps: {steps})"
ANSWER_DOESNT_FIT = "{step}: {problem}"
MISSING_ANSWERS = "These steps need an answer and there is no terminal to ask, so nothing was saved. Give them with --set ID=VALUE or --answers FILE:"
MISSING_ANSWER = "{step}: {expects}"
SKIPPED_ANSWER = "The answer for '{step}' was not used: that step was skipped by its condition."
BAD_SET = "--set takes ID=VALUE, like --set mood=6; '{text}' has no '='."
ANSWER_NOT_A_VALUE = "'{step}' should be a single answer, or a list for a choices step"

# Results.
DELETED = "Deleted the entry from {date}."
KEPT = "Kept it. Nothing was deleted."
CONFIRM_DELETE = "Delete “{title}” from {date}? This cannot be undone."
DELETE_NEEDS_YES = "Deleting needs a yes. Run again with --yes to delete without being asked."
VALID_FILE = "{path} looks good."
ALL_VALID = "All {count} files look good."
NO_ENTRIES = "No entries here yet. When you are ready, `selfkind checkin` takes about a minute."
NO_ENTRIES_MATCH = "No entries match. Try a wider window of dates, or leave out --exercise."
SCHEMA_WRITTEN = "Wrote the exercise schema to {path}."

# Entries for an earlier day.
DATE_IN_FUTURE = "{day} has not come yet; an entry can be written for today or an earlier day."
DATE_TOO_EARLY = "{day} is before 1970, earlier than selfkind keeps dates; choose a later day."
WRITTEN_LATER = "written on {day}"
WRITTEN_LATER_SHORT = "(later)"
DATED_RUN = "For {day}, written today. The questions say 'today': answer for that day."

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
OPTIONAL_MULTILINE = "optional: Esc then Enter to skip"
CHOICES_HINT = "Space to choose, Enter when done"
CONTINUE_HINT = "Enter to continue"
PAUSE_HINT = "Enter to move on"
# Closing words, chosen by what happened in the run.
CLOSING_PRACTISED = "Thank you for taking this time for yourself."
CLOSING_EASED = "It looks like that eased a little. Thank you for taking this time for yourself."
CLOSING_BACKDRAFT = "{label} went from {before} to {after} this time, and that is common: when we meet old pain with kindness, it can come up more strongly at first (this is sometimes called backdraft). It usually eases. Go gently; `selfkind run grounding` is there if you would like to settle."
CLOSING_BACKDRAFT_HIGH = (
    "If it feels like too much, `selfkind help-now` lists people you can reach right away."
)
CLOSING_AFTER_SUPPORT = (
    "What you wrote is saved. Go gently; the lines above are there whenever you need them."
)
CLOSING_SAFETY_PLAN = "Your plan is saved. `selfkind help-now` shows it, with the support lines, whenever you need it."

FIRST_RUN = """\
Welcome to selfkind.

selfkind helps you practise self-compassion: a one-minute daily check-in and short exercises for harder moments. It is a self-help tool, not therapy or a diagnosis, and it is not for emergencies.

Everything you write stays on this computer, in {folder} (`selfkind where` shows it again). Nothing is ever sent anywhere.

If you are struggling right now or might be in danger, `selfkind help-now` lists people you can reach straight away."""
WHERE = "Your selfkind data lives in {folder}"

# Home.
HOME_CHECKIN_DONE = "Today's check-in is done{mood}. Thank you."
HOME_CHECKIN_DUE = "No check-in yet today. It takes about a minute."
HOME_PRACTICE = "You practised on {count} of the last {days} days."
HOME_FIRST_DAY = "Today is your first day of practice. Welcome."
HOME_DRAFT = "Your {title} from {when} is waiting, whenever you want to finish it."
HOME_FINISH = "Finish your {title}"
HOME_NO_PRACTICE = "Whenever you are ready, one small check-in is plenty."
HOME_WHAT_NEXT = "What would you like to do?"
HOME_CHECKIN = "Check in (about a minute)"
HOME_EXERCISE = "Try an exercise"
HOME_ENTRIES = "Read recent entries"
HOME_NOTHING = "Nothing for now"
HOME_PICK_EXERCISE = "Which exercise?"

# Help now.
HELP_NOW_INTRO = "If you are struggling or might be in danger, you deserve support right now. These lines are confidential, and most are free:"
HELP_NOW_NOT_CARE = "selfkind is a self-help tool. It is not therapy, diagnosis or emergency care, and it does not contact anyone for you."

# Summary.
SUMMARY_TITLE = "Your practice · {window}"
SUMMARY_EMPTY = "Nothing here for these {days} days yet, and that is all right. Whenever you like, `selfkind checkin` takes about a minute, and this page fills in as you go."
SUMMARY_PRACTICE = "You practised on {practised} of {days} days."
SUMMARY_TIME = " About {time} in all."
SUMMARY_CHANGE = "{label}: {before} → {after} on average ({title}, {times} time{s})"
SUMMARY_KIND_WORDS = "In your own words"
SUMMARY_BAD_WINDOW = "--since must not be after --until; swap them and run again."
SUMMARY_DAYS_AND_DATES = "Use --days, or --since and --until, not both."

# Search, export and import.
SEARCH_NOTHING = "Nothing matches '{text}'. Try fewer words, or the start of a word."
SEARCH_MORE = "Showing the newest {shown} of {total}. --limit shows more."
EXPORTED = "Wrote {count} entr{ies} to {path}."
IMPORTED = "Added {added} of {count} entr{ies} from {path}; {known} {were} already here."
IMPORT_NOT_JSON = (
    "{path} is not JSON ({reason}). selfkind imports its own JSON export or a jrnl JSON export."
)
IMPORT_UNKNOWN = "{path} is neither a selfkind export nor a jrnl export, so nothing was imported."
IMPORT_UNREADABLE = "selfkind could not read {path} ({reason}). Check the path and try again."
IMPORT_NOT_TEXT = (
    "{path} is not a text file. selfkind imports its own JSON export or a jrnl JSON export."
)
EXPORT_FORMAT = "'{format}' is not a format selfkind writes; use json, csv, md or html."
EXPORT_UNWRITABLE = (
    "selfkind could not write {path} ({reason}). Check the folder and free space, then try again."
)
IMPORT_SOURCES_SKIPPED = "{count} exercise text(s) in the file had mistakes or did not match, so they were left out; their entries came in and show their answers without the questions."

# Imports checked like answers.
IMPORT_TOO_LARGE = "{path} is larger than {limit} MB, more than selfkind imports at once, so nothing was imported. Split it into smaller files (an export takes --since and --until) and import each one."
IMPORT_TOO_DEEP = "{path} has lists or objects nested inside each other far more deeply than any export, so nothing was imported. Check that it is the file you meant."
IMPORT_HUGE_NUMBER = "{path} holds a number thousands of digits long, which no export has, so nothing was imported. Check that it is the file you meant."
IMPORT_REFUSED = "{path} has {count} mistake{s}, so nothing was imported. Fix or remove what is listed, then import again:"
IMPORT_FILE_MISTAKE = "{path}: {problem}"
IMPORT_ENTRY_MISTAKE = "{path}: entry {number} ({which}): {problem}"
IMPORT_JRNL_MISTAKE = "{path}: entry {number}: {problem}"
IMPORT_ENTRY_ID = "id {id}"
IMPORT_ENTRY_NO_ID = "no id"
IMPORT_MORE_MISTAKES = "and {count} more"
IMPORT_ENTRIES_NOT_LIST = "'entries' should be a list"
IMPORT_EXERCISES_NOT_MAP = "'exercises' should map each exercise hash to its text"
IMPORT_NOT_AN_ENTRY = "it should be an object with id, exercise, times and answers"
IMPORT_EXERCISE_NOT_OBJECT = "'exercise' should be an object with id, title and hash"
IMPORT_FIELD_NOT_TEXT = "'{key}' should be text"
IMPORT_FIELD_NOT_VALID_TEXT = "'{key}' holds characters that are not text"
IMPORT_BAD_ID = "the id '{id}' should be lower-case letters, digits, - or _"
IMPORT_KEPT_HERE = "{count} entr{ies} in the file differ from the one here with the same id; selfkind kept the one here. To take the file's, delete the one here first (`selfkind entries delete ID`), then import again."
IMPORT_ID_TWICE = "its id is entry {first}'s too; an id names one entry, so keep one of them"
IMPORT_BAD_STATUS = "'status' should be complete or draft"
IMPORT_BAD_TIME = "'{key}' should be a time like 2026-11-25T08:00:00Z, not {value}"
IMPORT_TIME_NO_ZONE = "'{key}' should say its time zone (end it with Z for UTC)"
IMPORT_TIME_OUT_OF_RANGE = "'{key}' is {value}; it should lie between 1970-01-01 and tomorrow"
IMPORT_COMPLETED_BEFORE_STARTED = "'completed_at' ({completed}) is before 'started_at' ({started})"
IMPORT_BAD_LOCAL_DATE = "'local_date' should be a date like 2026-11-25, not {value}"
IMPORT_LOCAL_DATE_NO_ZONE = "'local_date' {local_date} is not the date of 'started_at' ({started}) in any time zone (UTC-12 to UTC+14)"
IMPORT_ANSWERS_NOT_OBJECT = "'answers' should be an object of step ids and answers"
IMPORT_ANSWER_NOT_PLAIN = (
    "the answer '{step}' should be text, a whole number, true/false or a list of text"
)
IMPORT_ANSWER_NOT_VALID_TEXT = "the answer '{step}' holds characters that are not text"
IMPORT_SCORES_NOT_NUMBERS = "'scores' should be an object of score ids and numbers"
IMPORT_OTHER_EXERCISE = (
    "it names the exercise '{named}', but the exercise text its hash names is '{found}'"
)
IMPORT_ANSWER_NO_STEP = "the answer '{step}' has no step in '{exercise}' (its steps: {steps})"
IMPORT_ANSWER_DOESNT_FIT = "the answer '{step}' should be {expects}, not {value}"
IMPORT_ANSWER_TOO_LONG = (
    "the answer '{step}' is {length:,} characters long; its step keeps at most {limit:,}"
)
IMPORT_JRNL_NOT_ENTRY = "it should be an object with date, time, title and body"
IMPORT_JRNL_BAD_DATE = "its date and time ({day} {time}) should look like 2026-11-25 and 21:30"
IMPORT_JRNL_DATE_OUT_OF_RANGE = "its date ({day}) should lie between 1970-01-01 and tomorrow"
IMPORT_JRNL_NOT_TEXT = "its title and body should be text, and its tags a list"
IMPORT_JRNL_NOT_VALID_TEXT = "its title, body or tags hold characters that are not text"
IMPORT_JRNL_UNTITLED = "(untitled)"
IMPORT_SCORES_RECOMPUTED = "{count} entr{ies} had scores that did not match the answers; selfkind worked them out again from the answers."
IMPORT_EXERCISES_UNKNOWN = "{count} entr{ies} came in without scores: they were made with an exercise selfkind does not have ({names}), so their answers could not be checked against it. Their answers are all there."

# Plans.
PLAN_MISTAKES = "{path} has {count} mistake{s}, so nothing was installed. Fix them and try again:"
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
TODAY_NOTHING = (
    "Nothing is due from your plans today. A check-in is always welcome: `selfkind checkin`."
)
TODAY_NO_PLANS = "No plan from a therapist here: `today` lists what a plan asks for each day. Your own check-in is `selfkind checkin`, whenever you like."
HOME_PLAN_DUE = "From your plans today: {titles}."
HOME_PLANNED = "{title} (from your plan)"

# Writing exercises.
BAD_EXERCISE_ID = "'{id}' cannot be an exercise id: {hint}."
FILE_EXISTS = (
    "{path} is already there, so nothing was written. Choose another id, or move the file first."
)
EXERCISE_CREATED = "Wrote {path} (it validates as it is) and the editor schema {schema}. Edit it, then `selfkind exercise validate {path}`."
EXERCISE_ADDED = "Added '{title}'. `selfkind run {id}` runs it."
CLASHES_WITH_BUILT_IN = "{path}: the id '{id}' belongs to a built-in exercise; choose another id, or add --replace to use yours instead."
NOTHING_ADDED = "Nothing was added. Fix these and try again:"

# Reports.
REPORT_FORMAT = "'{format}' is not a report format; use html or md."
REPORT_CHOOSE = (
    "Which entries' words would you like to include? Nothing is shared unless you choose it."
)
REPORT_WRITTEN = "Wrote the report to {path}, with the words of {shared} of {count} entries. It is yours to share or keep."
PLAN_STARTS = "Your plan '{title}' starts on {start}."
REPORT_NOT_STARTED = "The plan '{title}' starts on {start}, so there is nothing to report yet."

# Safety.
HELP_NOW_PLAN = "Your safety plan"
HELP_NOW_GROUNDING = "If things feel like too much, `selfkind run grounding` takes two minutes."
HELP_NOW_MAKE_PLAN = "When things are calmer, `selfkind run safety-plan` helps you write a safety plan, and help-now will show it here."
CRISIS_TITLE = "Support, if you need it"
CRISIS_WORDS = "Some of what you wrote can mean things are very hard right now. If that is you, you deserve support now; these lines are confidential, and most are free:"
CRISIS_GROUNDING = "For the next few minutes, `selfkind run grounding` can help you settle."
CRISIS_GO_ON = "When you are ready, Enter goes on with the exercise; Ctrl-C stops here and keeps what you wrote. `selfkind help-now` shows these lines again any time."
CRISIS_SET_REGION = "These are a few of the lines selfkind knows. `selfkind help-now` lists them all, and `selfkind config set region` with your country (GB, Deutschland...) shows yours here."
CRISIS_MORE = "`selfkind help-now` shows these lines again any time."
REGION_SET = "Support lines will be shown for {name} ({code}). `selfkind help-now` lists them, with the emergency number to call."
REGION_UNKNOWN = "selfkind does not know the region '{region}', so nothing was changed. It knows {known}; for anywhere else, leave the region unset and help-now shows every line, with findahelpline.com."
REGION_LIST = "{most} and {last}"
REGION_CLEARED = "No region is set, so help-now shows every line it knows."
REGION_SHOWN = "region: {code} ({name})"
REGION_SHOWN_UNKNOWN = "region: {code} (not one this version knows, so every line is shown)"
REGION_SHOWN_NONE = "region: (not set, so every line is shown)"
EMERGENCY_WHERE = "Anywhere"
EMERGENCY_NAME = "Emergency services"
EMERGENCY_ANY = "call your local emergency number ({numbers})"
EMERGENCY_CALL = "call {number}"
EMERGENCY_CALL_OR = "call {number} (or {other})"
CONFIG_UNKNOWN = (
    "'{key}' is not a setting; the one setting is region (a country, like GB or Germany)."
)
EVERYTHING_CONFIRM = "Delete everything selfkind keeps in {folder}: every entry, plan and exercise of yours? This cannot be undone."
EVERYTHING_CONFIRM_AGAIN = "Are you sure? An export (selfkind export --out FILE) keeps a copy; without one, it is gone for good."
EVERYTHING_NEEDS_YES = (
    "Deleting everything needs a yes. Run again with --yes to delete without being asked."
)
EVERYTHING_DELETED = "Deleted everything selfkind kept in {folder}."
EVERYTHING_KEPT = "Kept everything. Nothing was deleted."
EVERYTHING_NOTHING = "There is nothing to delete: {folder} holds no selfkind data."
PERMISSIONS_REPAIRED = "Your selfkind data could be read by other people on this computer ({count}); it is private again."
NOT_SAVED = "selfkind could not save this ({reason}); free some disk space or check the data folder, then run it again. So nothing is lost, here is what you wrote:"

# Encryption at rest.
PASSPHRASE_ASK = "Your passphrase (selfkind keeps your entries encrypted):"
PASSPHRASE_AGAIN_WRONG = "That passphrase does not open your entries. Try again:"
PASSPHRASE_NEEDED = "Your entries are encrypted and there is no terminal to ask for the passphrase. Set SELFKIND_PASSPHRASE, or run this at a terminal."
STORE_LOCKED = "Your entries are encrypted, and this needs your passphrase to read them. Set SELFKIND_PASSPHRASE, or run it at a terminal."
WRONG_PASSPHRASE = "That passphrase does not open your entries, so nothing was read or changed. Try again (and check SELFKIND_PASSPHRASE, if you set it)."
PASSPHRASE_SHORT = "A passphrase needs at least {length} characters to protect anything; a few words you can remember work well. Nothing was changed."
LOCK_UNREADABLE = "The note of how your entries are encrypted is damaged, so they cannot be opened. Nothing was changed; keep the folder as it is and ask for help in a bug report."
SEALED_VALUE_DAMAGED = "The encrypted entry {id} is damaged and cannot be opened, so selfkind stopped there. Nothing was changed; an earlier export or backup of your data folder still holds it."
ENCRYPTION_CHANGED = "Encryption was turned on or off in another window while this one was open, so selfkind stopped here. Run the command again."
NOT_SAVED_ENCRYPTION_CHANGED = "Encryption was turned on or off in another window, so this was not saved; run it again. So nothing is lost, here is what you wrote:"
ENCRYPT_WARNING = "Encrypting keeps your answers unreadable without your passphrase. There is no way to recover it: if you lose the passphrase, your entries are lost too, so keep it somewhere safe, such as a password manager. Dates and exercise names stay readable; exports and reports you write are not encrypted."
PASSPHRASE_NEW = "Choose a passphrase:"
PASSPHRASE_SHORT_AGAIN = (
    "That is shorter than {length} characters; a few words you can remember work well."
)
PASSPHRASES_DIFFER_AGAIN = "The two were not the same."
PASSPHRASE_AGAIN = "The same passphrase again, to be sure:"
PASSPHRASE_NOT_CHOSEN = "No passphrase was chosen, so nothing was changed. Run `selfkind encrypt` again when you are ready."
PASSPHRASE_NEEDED_TO_ENCRYPT = "Encrypting needs a passphrase, and there is no terminal to ask for one. Set SELFKIND_PASSPHRASE, or run `selfkind encrypt` at a terminal."
ALREADY_ENCRYPTED = "Your entries are already encrypted. `selfkind decrypt` turns it off."
NOT_ENCRYPTED = "Your entries are not encrypted, so there is nothing to decrypt. `selfkind encrypt` turns it on."
ENCRYPTED = "Encrypted {count} entr{ies}. selfkind will ask for your passphrase (or read SELFKIND_PASSPHRASE) when it needs your words."
ENCRYPTED_BUT_BUSY = "Your entries are encrypted, but an old copy of the file could not be cleared yet (another selfkind window was open, or the disk was too full to rewrite it). Close other windows or free some space, then run `selfkind encrypt` again: it clears the old copy."
DECRYPTED = "Decrypted {count} entr{ies}. Your answers are stored in the clear again, readable by anyone who can read {folder}."
PLAN_READABLE_WHY = "Your entries are encrypted, so `selfkind help-now` needs your passphrase to show this plan. In a very hard moment, a passphrase can be one step too many. You can keep this one plan readable without it: anyone who can open your data folder could then read the plan, and everything else stays encrypted."
PLAN_READABLE_QUESTION = "Keep your safety plan readable without the passphrase?"
PLAN_READABLE_YES = "Done: `selfkind help-now` shows your plan at once, without the passphrase."
PLAN_READABLE_NO = "Kept it encrypted. `selfkind help-now` shows the support lines at once, and says how to open your plan."
SAFETY_PLAN_LOCKED = (
    "Your safety plan is encrypted: `selfkind entries show {id}` opens it with your passphrase."
)

# Storage you can trust.
STORE_BUSY = "Another selfkind (in another window or a script) is busy with your data, so nothing was changed. Try again when it has finished."
NOT_SAVED_BUSY = "Another selfkind (in another window or a script) is busy with your data, so this was not saved; try again when it has finished. So nothing is lost, here is what you wrote:"
DELETED_LOG_BUSY = "Another selfkind window is open, so an old copy of the entry's words stays in selfkind's log file until it closes. Close other selfkind windows to clear it."
ENTRY_DAMAGED = "The entry {id} is damaged and cannot be read, so selfkind stopped there. Nothing was changed; an earlier export or backup of your data folder may still hold it."
ENTRIES_PASSED_OVER = "selfkind passed over {count} damaged entr{ies} that could not be read (listed below). Nothing was changed; an earlier export or backup of your data folder may still hold {them}, and `selfkind entries delete ID` removes a damaged entry."
DECRYPT_SET_ASIDE = "{count} damaged entr{ies} could not be opened, so selfkind set {them} aside unchanged instead of decrypting {them} (listed below). An earlier export or backup of your data folder may still hold {them}."
LOCK_MISSING = "Some of your entries are encrypted, but the note of how they are encrypted is missing, so selfkind cannot open them and will not save anything beside them. Nothing was changed; keep the folder as it is and ask for help in a bug report."

# The shell nudge: plain text, one line.
NUDGE_CHECKIN = "No check-in yet today: selfkind checkin (about a minute)"
NUDGE_DRAFT = "Your check-in today is half done: selfkind checkin picks it up"

# Files, folders and pipes.
LINK_REFUSED = "{link} is a link to somewhere else, so selfkind left it alone and changed nothing. Put a real folder or file in its place (or remove the link), then try again."
PLAN_FILE_LINK = "{link} is a link to somewhere else, so the plan was not added: selfkind copies only files that are really in the plan's folder. Put a copy of the file there instead, then add the plan again."
EVERYTHING_LINK_LEFT = (
    "{link} was a link to {target}: selfkind removed the link and left {target} as it was."
)
EVERYTHING_CANNOT = "selfkind cannot remove {path} ({reason}), so nothing was deleted. Check that it is yours and not read-only, then try again."
EVERYTHING_PARTLY = "selfkind deleted some of its data in {folder}, but could not remove {path} ({reason}). Check that it is yours and not read-only, then run `selfkind delete-everything` again to finish."
YAML_TOO_MANY_VALUES = "the file has too many steps and values to read (over {limit:,}); exercises and plans are much smaller, so shorten it or split it into several files"
