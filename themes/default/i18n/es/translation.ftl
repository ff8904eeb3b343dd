# The notice on a translation whose original changed after it was translated.
translation-stale = Es posible que esta traducción no esté al día: el original ha cambiado desde que se tradujo.
# $date (string): the day the original was last updated, already formatted.
translation-stale-updated = Es posible que esta traducción no esté al día: el original se actualizó el { $date }.
# Link to the original version; its language's own name follows in brackets.
translation-original-link = Leer el original
