# The notice on a translation whose original changed after it was translated.
translation-stale = Cette traduction n’est peut-être plus à jour : l’original a été modifié depuis qu’il a été traduit.
# $date (string): the day the original was last updated, already formatted.
translation-stale-updated = Cette traduction n’est peut-être plus à jour : l’original a été mis à jour le { $date }.
# Link to the original version; its language's own name follows in brackets.
translation-original-link = Lire l’original
