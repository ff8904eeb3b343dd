# Tekstovi obavijesti o zastarjelom prijevodu: hrvatski.

# The notice on a translation whose original changed after it was translated.
translation-stale = Ovaj prijevod možda više nije ažuran: izvornik je izmijenjen nakon prevođenja.
# $date (string): the day the original was last updated, already formatted.
# Croatian dates end with a full stop (“22. listopada 2024.”), so the sentence does not end on $date.
translation-stale-updated = Izvornik je ažuriran { $date }, pa ovaj prijevod možda više nije ažuran.
# Link to the original version; its language's own name follows in brackets.
translation-original-link = Pročitajte izvornik
