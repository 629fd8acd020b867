"""What `selfkind sync` says."""

from selfkind.messages.plural import Plural

SYNC_NO_FOLDER = "Name the folder your sync tool carries between your computers, like `selfkind sync ~/Sync/selfkind`; it is remembered after that."
SYNC_FOLDER_MISSING = (
    "There is no folder {folder}. Make it (or let your sync tool make it), then sync again."
)
SYNC_FOLDER_INSIDE = "{folder} is inside selfkind's own data folder; choose a folder of its own that your sync tool carries."
SYNC_WRITE_FAILED = "Your changes could not be written to {folder} ({reason}); nothing here changed. Check the folder, then sync again."
SYNC_FILE_WRONG = (
    "{name} was passed over: something in it is not right, so nothing from it was taken."
)
SYNC_FILE_COPY = "{name} was passed over: it is a copy your sync tool made of a change file. It is safe to delete; the file itself is read once it is here."
SYNC_FILE_NOT_HERE = (
    "{name} was passed over: your sync tool has not brought that file to this computer yet."
)
SYNC_FILE_NEWER = (
    "{name} was passed over: a newer selfkind made it. Update selfkind here to read it."
)
SYNC_FILE_ARRIVING = "{name} was passed over for now: it is not whole yet (still arriving, most likely). The next sync reads it."
SYNC_ENCRYPTED_THERE = "{name} was passed over: it comes from a computer that keeps its entries encrypted, and this one does not. Encrypt here with the same passphrase (`selfkind encrypt`), then sync again."
SYNC_OTHER_PASSPHRASE = "{name} was passed over: it is locked with a different passphrase from this computer's, so nothing was read from it. Use the same passphrase on every computer; a computer whose passphrase changes writes its files again at its next sync."
SYNC_FILE_FOR_LATER = (
    "{name} was left for `selfkind sync`, which asks for the passphrase that opens it."
)
SYNC_WROTE = Plural(
    one="Wrote 1 change from this computer.",
    other="Wrote {count} changes from this computer.",
)
SYNC_NOTHING_TO_WRITE = "Nothing new from this computer."
SYNC_READ = Plural(
    one="Read 1 change file from your other computers (entries: {added} new, {replaced} updated, {deleted} deleted).",
    other="Read {count} change files from your other computers (entries: {added} new, {replaced} updated, {deleted} deleted).",
)
SYNC_NOTHING_TO_READ = "Nothing new from your other computers."
SYNC_NOTHING_READ_PASSED = "Nothing was read from your other computers this time:"
SYNC_KEPT_LATER = Plural(
    one="1 entry was changed on two computers; the version finished later is kept.",
    other="{count} entries were changed on two computers; the versions finished later are kept.",
)
SYNC_READABLE = "Your sync folder holds your words as they are, readable by anyone who can open the folder (and by the company that stores it, if it is in a cloud). `selfkind encrypt` seals them, here and in the files sync writes from now on."
SYNC_STARTED = "Syncing through {folder}."
SYNC_FOLDER_SET = "Sync will go through {folder}. `selfkind sync` syncs now."
SYNC_AUTO_CHOICES = "'{value}' is not a choice for sync: auto (sync after each save) or off."
SYNC_AUTO_NEEDS_FOLDER = "Sync has no folder yet: `selfkind config set sync-folder PATH` (or `selfkind sync PATH` once) names it first."
SYNC_AUTO_ON = "From now on, each check-in, exercise, import or deletion also syncs through {folder}, quickly; if much has arrived from your other computers, it is left for `selfkind sync`."
SYNC_AUTO_OFF = "Sync happens only when you run `selfkind sync`."
SYNC_LEFT_FOR_LATER = "Much has arrived from your other computers; `selfkind sync` reads it."
SYNC_FILE_NOT_TAKEN = "Your exercise or plan '{name}' from another computer was not taken here: it does not check out (a mistake in it, or its id is a built-in's)."
SYNC_FOLDER_SHOWN = "sync-folder: {folder}"
SYNC_FOLDER_NONE = "sync-folder: (not set; selfkind sync FOLDER sets it)"
SYNC_SHOWN_AUTO = "sync: auto (after each save)"
SYNC_SHOWN_OFF = "sync: off (only when you run selfkind sync)"
SYNC_SETTING_TAKEN = "Your {key} came from another computer: {value}."
