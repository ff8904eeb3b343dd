# Az elavult fordításokra figyelmeztető szövegek: magyar.

# The notice on a translation whose original changed after it was translated.
translation-stale = Ez a fordítás elavult lehet: az eredeti szöveg a fordítás óta megváltozott.
# $date (string): the day the original was last updated, already formatted.
translation-stale-updated = Ez a fordítás elavult lehet: az eredeti szöveget azóta frissítették (utolsó frissítés: { $date }).
# Link to the original version; its language's own name follows in brackets.
translation-original-link = Az eredeti változat
