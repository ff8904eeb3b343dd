# The notice on a translation whose original changed after it was translated.
translation-stale = Diese Übersetzung ist möglicherweise nicht mehr aktuell: Das Original wurde seitdem geändert.
# $date (string): the day the original was last updated, already formatted.
translation-stale-updated = Diese Übersetzung ist möglicherweise nicht mehr aktuell: Das Original wurde am { $date } aktualisiert.
# Link to the original version; its language's own name follows in brackets.
translation-original-link = Zum Original
