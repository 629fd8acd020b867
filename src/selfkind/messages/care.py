"""Help now, support lines, regions, settings and deleting everything."""

from selfkind.messages.plural import Plural

# Help now.
HELP_NOW_INTRO = "If you are struggling or might be in danger, you deserve support right now. These lines are confidential, and most are free:"
HELP_NOW_NOT_CARE = "selfkind is a self-help tool. It is not therapy, diagnosis or emergency care, and it does not contact anyone for you."
HELP_NOW_OR = "or {how}"  # another number of the same line, on a line of its own

# Safety.
HELP_NOW_PLAN = "Your safety plan"
HELP_NOW_GROUNDING = "If things feel like too much, `selfkind run grounding` takes two minutes."
HELP_NOW_MAKE_PLAN = "When things are calmer, `selfkind run safety-plan` helps you write a safety plan, and help-now will show it here."
CRISIS_TITLE = "Support, if you need it"
CRISIS_WORDS = "Something in your answers can mean things are very hard right now. If that is you, you deserve support now; these lines are confidential, and most are free:"
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
CONFIG_UNKNOWN = "'{key}' is not a setting; the settings are language (es, de, fr, pt or en), region (a country, like GB or Germany), sync-folder (the folder your sync tool carries) and sync (auto or off)."
EVERYTHING_CONFIRM = "Delete everything selfkind keeps in {folder}: every entry, plan and exercise of yours? This cannot be undone."
EVERYTHING_CONFIRM_AGAIN = "Are you sure? An export (selfkind export --out FILE) keeps a copy; without one, it is gone for good."
EVERYTHING_NEEDS_YES = (
    "Deleting everything needs a yes. Run again with --yes to delete without being asked."
)
EVERYTHING_DELETED = "Deleted everything selfkind kept in {folder}."
EVERYTHING_KEPT = "Kept everything. Nothing was deleted."
EVERYTHING_NOTHING = "There is nothing to delete: {folder} holds no selfkind data."
PERMISSIONS_REPAIRED = Plural(
    one="Your selfkind data could be read by other people on this computer ({count} file or folder); it is private again.",
    other="Your selfkind data could be read by other people on this computer ({count} files or folders); it is private again.",
)
NOT_SAVED = "selfkind could not save this ({reason}); free some disk space or check the data folder, then run it again. So nothing is lost, here is what you wrote:"
NUMBERS_OR = "or"  # the word between two phone numbers in a support line
# The language selfkind speaks (`config set language`).
LANGUAGE_SET = "selfkind speaks {name} from now on."
LANGUAGE_CLEARED = (
    "The language setting is cleared: selfkind follows your system's language ({name})."
)
LANGUAGE_UNKNOWN = "selfkind does not speak '{language}' yet; it speaks {known}. `config set language none` follows your system."
LANGUAGE_OVERRIDDEN = "SELFKIND_LANG is set to '{value}', and it comes first: unset it for this setting to take effect."
LANGUAGE_SHOWN = "language: {name} ({code}), set with config set language"
LANGUAGE_SHOWN_CHOSEN = "language: {name} ({code}), from {variable}"
LANGUAGE_SHOWN_DEFAULT = "language: {name} ({code})"
