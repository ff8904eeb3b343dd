# Texty upozornění na neaktuální překlad: čeština.

# The notice on a translation whose original changed after it was translated.
translation-stale = Tento překlad už nemusí být aktuální: originál se od překladu změnil.
# $date (string): the day the original was last updated, already formatted.
translation-stale-updated = Tento překlad už nemusí být aktuální: originál byl aktualizován { $date }.
# Link to the original version; its language's own name follows in brackets.
translation-original-link = Přečíst originál
