# Paziņojumi par novecojušiem tulkojumiem: latviešu valoda.

# The notice on a translation whose original changed after it was translated.
translation-stale = Šis tulkojums var būt novecojis: oriģināls kopš tulkošanas ir mainīts.
# $date (string): the day the original was last updated, already formatted.
translation-stale-updated = Šis tulkojums var būt novecojis: oriģināla pēdējās atjaunināšanas datums ir { $date }.
# Link to the original version; its language's own name follows in brackets.
translation-original-link = Lasīt oriģinālu
