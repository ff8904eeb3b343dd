# The notice on a translation whose original changed after it was translated.
translation-stale = Pot ser que aquesta traducció no estigui al dia: l’original ha canviat des que es va traduir.
# $date (string): the day the original was last updated, already formatted.
translation-stale-updated = Pot ser que aquesta traducció no estigui al dia: l’original es va actualitzar el { $date }.
# Link to the original version; its language's own name follows in brackets.
translation-original-link = Llegiu l’original
