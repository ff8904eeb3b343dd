# Teksty informacji o nieaktualnym tłumaczeniu: polski.

# The notice on a translation whose original changed after it was translated.
translation-stale = To tłumaczenie może być nieaktualne: od jego przygotowania oryginał się zmienił.
# $date (string): the day the original was last updated, already formatted.
translation-stale-updated = To tłumaczenie może być nieaktualne: oryginał zaktualizowano { $date }.
# Link to the original version; its language's own name follows in brackets.
translation-original-link = Przeczytaj oryginał
