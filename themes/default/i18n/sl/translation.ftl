# The notice on a translation whose original changed after it was translated.
translation-stale = Ta prevod morda ni več ažuren: izvirnik se je od prevoda spremenil.
# $date (string): the day the original was last updated, already formatted.
translation-stale-updated = Ta prevod morda ni več ažuren: izvirnik je bil posodobljen { $date }.
# Link to the original version; its language's own name follows in brackets.
translation-original-link = Preberite izvirnik
