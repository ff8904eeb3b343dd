# Aviso sobre as traducións desactualizadas: galego.

# The notice on a translation whose original changed after it was translated.
translation-stale = É posible que esta tradución non estea actualizada: o orixinal cambiou desde que se traduciu.
# $date (string): the day the original was last updated, already formatted.
translation-stale-updated = É posible que esta tradución non estea actualizada: o orixinal actualizouse o { $date }.
# Link to the original version; its language's own name follows in brackets.
translation-original-link = Ler o orixinal
