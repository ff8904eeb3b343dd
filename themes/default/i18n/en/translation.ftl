# The notice on a translation whose original changed after it was translated.
translation-stale = This translation may be out of date: the original has changed since it was translated.
# $date (string): the day the original was last updated, already formatted.
translation-stale-updated = This translation may be out of date: the original was updated on { $date }.
# Link to the original version; its language's own name follows in brackets.
translation-original-link = Read the original
