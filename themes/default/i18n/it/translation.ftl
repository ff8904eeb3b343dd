# Avviso sulle traduzioni non aggiornate: italiano.

# The notice on a translation whose original changed after it was translated.
translation-stale = Questa traduzione potrebbe non essere aggiornata: l’originale è stato modificato dopo la traduzione.
# $date (string): the day the original was last updated, already formatted.
# «in data» avoids the article before the date (“l’8 marzo”, “l’11 marzo”).
translation-stale-updated = Questa traduzione potrebbe non essere aggiornata: l’originale è stato aggiornato in data { $date }.
# Link to the original version; its language's own name follows in brackets.
translation-original-link = Leggi l’originale
