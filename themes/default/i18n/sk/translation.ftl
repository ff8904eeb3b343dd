# Texty upozornenia na neaktuálny preklad: slovenčina.

# The notice on a translation whose original changed after it was translated.
translation-stale = Tento preklad už nemusí byť aktuálny: originál sa od prekladu zmenil.
# $date (string): the day the original was last updated, already formatted.
translation-stale-updated = Tento preklad už nemusí byť aktuálny: originál bol aktualizovaný { $date }.
# Link to the original version; its language's own name follows in brackets.
translation-original-link = Prečítať originál
