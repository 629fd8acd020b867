"""The therapist's side: the key, reports locked for it, and the caseload."""

from selfkind.messages.plural import Plural

# The key.
CLINIC_KEY_MADE = (
    "This is your public key. Give it to clients (print it on their plan as report_to:, "
    "e-mail it, or read it out): a report locked with it can be opened only here. "
    "The private half stays in {path}; keep it to yourself."
)
CLINIC_KEY_SHOWN = (
    "Your public key, for clients' reports. The private half is in {path}; keep it to yourself."
)
CLINIC_NO_KEY = "You have no key yet. Make one with: selfkind clinic key"
CLINIC_KEY_UNREADABLE = (
    "Your key file {path} cannot be read as an age identity, so no report can be opened. "
    "Put back the file you had (from a backup), or move it away and make a new key."
)

# The client's side: a report for a key.
REPORT_FOR_NOT_A_KEY = (
    "'{key}' is not a key a report can be locked with: a therapist's key is 'age1' and 58 "
    "more letters and digits. Copy it again from what they gave you."
)
REPORT_FOR_FORMAT = (
    "A report for your therapist's key holds its page and its data together; leave out --format."
)
REPORT_FOR_CONFIRM = (
    "Lock this report ({since} to {until}) so only your therapist can read it (their key {key})?"
)
REPORT_FOR_WRITTEN = (
    "Wrote {path}, locked for the key {key}: {since} to {until}, with the ratings and choices "
    "of {rated} and the words of {shared} of {count} entries. Send it however you like: only "
    "that key opens it. selfkind sent nothing."
)

# Adding reports.
CLINIC_ADDED = Plural(
    one="Added {count} report to your caseload.", other="Added {count} reports to your caseload."
)
CLINIC_ADDED_FOR = "{file}: {client}, {since} to {until}."
CLINIC_ALREADY_HERE = "{file} is already in your caseload ({client}); nothing added for it."
CLINIC_NOTHING_ADDED = "Nothing was added: fix or leave out the files above and try again."
CLINIC_NO_NAME = (
    "{file} does not say whose it is. Add it with --client NAME (the name you know them by)."
)
CLINIC_OTHER_KEY = (
    "{file} was made for a different key (or damaged on the way), so yours cannot open it. "
    "Ask for it again, made for the key `selfkind clinic key --show` prints."
)
CLINIC_DAMAGED = "{file} is damaged or cut short, so it cannot be read. Ask for it again."
CLINIC_NOT_AGE = "{file} is not a selfkind report (it is not a locked age file)."
CLINIC_NOT_A_REPORT = "{file} is not a report selfkind can read ({problem})."
CLINIC_NOT_A_REPORT_DATA = "'{where}' is missing or not as selfkind writes it"
CLINIC_NO_REPORT_DATA = "it holds no report data"
CLINIC_NEWER_REPORT = (
    "it was made by a newer selfkind (report format {version}); update selfkind to read it"
)
CLINIC_TOO_BIG = "{file} is larger than any report selfkind makes, so it was not read."
CLINIC_NO_FILE = "{file} could not be read: {reason}."
CLINIC_CLIENT_NAME = "A client's name is one line of up to {limit} characters."

# The caseload.
CLINIC_EMPTY = (
    "Your caseload is empty. Add a client's report with: selfkind clinic add FILE.selfkind-report"
)
CLINIC_NO_CLIENT = "There is no client called '{client}' in your caseload."
CLINIC_CLIENTS = Plural(one="{count} client", other="{count} clients")
CLINIC_COLUMN_CLIENT = "Client, plan and latest report"
CLINIC_COLUMN_PRACTICE = "Practice"
CLINIC_COLUMN_MEASURES = "Latest measures: change since last report / since first"
CLINIC_COLUMN_LAST = "Last practised"
CLINIC_NO_PLAN = "no plan"
CLINIC_WINDOW = "{since} to {until}"
CLINIC_REPORTS = Plural(one="{count} report", other="{count} reports")
CLINIC_DONE_ASKED = "{done} done of {asked} asked"
CLINIC_NOTHING_ASKED = "none asked"
CLINIC_NO_MEASURES = "no scores yet"
CLINIC_MEASURE = "{label} {value}"
CLINIC_MEASURE_BAND = "{label} {value} ({band})"
CLINIC_MOVED = "{measure}: {changes}"
CLINIC_MOVED_PAIR = "{previous} / {first}"
CLINIC_FIRST_REPORT = "{measure}: first report"
CLINIC_NEW_MEASURE = "{measure}: new in the latest report"
CLINIC_NOT_IN_LATEST = "{measure}: {day}, not in the latest report"
CLINIC_CHANGE_SCORE = "{label} (after minus before)"
CLINIC_PRACTISED_TODAY = "today"
CLINIC_PRACTISED_AGO = Plural(one="{count} day ago", other="{count} days ago")
CLINIC_NEVER_PRACTISED = "not in these reports"
CLINIC_AS_OF = "Days counted to today; the rest as of each client's latest report."

# One client.
CLINIC_SHOW_TITLE = "{client}: {count}"
CLINIC_SHOW_REPORTS = "Reports"
CLINIC_COLUMN_MADE = "Made"
CLINIC_COLUMN_WINDOW = "Covers"
CLINIC_COLUMN_PRACTICE_DAYS = "Days practised"
CLINIC_PRACTICE_DAYS = "{practised} of {days}"
CLINIC_SHOW_TRENDS = "Across reports (each report's latest value)"
CLINIC_SHOW_LATEST = "The latest report"
CLINIC_HTML_WRITTEN = "Wrote {client}'s page to {path} (readable only by you)."
CLINIC_PAGE_TITLE = "{client}: reports shared with you"
CLINIC_PAGE_ABOUT = (
    "{count}, the latest covering {since} to {until}. Drawn by your selfkind from the data "
    "in the reports; only what the client chose to share is here."
)

# Removing a client.
CLINIC_REMOVE_CONFIRM = "Remove {client} and their {count} from your caseload?"
CLINIC_REMOVED = Plural(
    one="Removed {client} and their report.", other="Removed {client} and their {count} reports."
)
CLINIC_KEPT = "Nothing removed."
CLINIC_CASELOAD_DAMAGED = (
    "A report in your caseload cannot be read as selfkind wrote it (changed outside selfkind, "
    "or the store's encryption was changed by hand). Restore the data folder from a backup."
)
CLINIC_DID_YOU_MEAN = "Did you mean '{client}'?"
CLINIC_LIST_SHOWS = "`selfkind clinic list` shows every client."
CLINIC_REMOVE_NEEDS_YES = (
    "Removing a client needs a yes. Run again with --yes to remove without being asked."
)
CLINIC_NOTHING_ADDED_ONE = "Nothing was added."
REPORT_FOR_NAME = (
    "Your name or initials, so your therapist knows whose report it is? (Enter alone: none)"
)
REPORT_FOR_EARLIER = (
    "{earlier}, made earlier, is still beside it. Send the newer one: if both reach your "
    "therapist, their selfkind keeps the later report of the same days."
)
REPORT_LOCKED_NEEDS_KEY = (
    "A .selfkind-report is locked for your therapist's key: add --for KEY (age1…), or run "
    "this at a terminal with --plan to use the key on your plan."
)
CLINIC_REPLACED = (
    "{file} covers the same days as {client}'s report made {made}, and was made later: it "
    "takes that one's place."
)
CLINIC_OLDER_COPY = (
    "{file} covers the same days as a later report of {client}'s in your caseload; that one "
    "is kept, nothing added for it."
)
CLINIC_NEW_CLIENT_NEAR = (
    "'{client}' is a new client in your caseload, beside '{near}'. If they are the same "
    "person, run selfkind clinic remove '{client}' and add the file again with --client '{near}'."
)
# A label and what it labels, and the weeks of a plan item one after another.
LABELLED = "{label}: {value}"
WEEKS_BETWEEN = "; "
