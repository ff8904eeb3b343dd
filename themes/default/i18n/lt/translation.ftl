# Pranešimai apie pasenusius vertimus: lietuvių kalba.

# The notice on a translation whose original changed after it was translated.
translation-stale = Šis vertimas gali būti pasenęs: originalas po vertimo buvo pakeistas.
# $date (string): the day the original was last updated, already formatted.
translation-stale-updated = Šis vertimas gali būti pasenęs: originalas atnaujintas { $date }.
# Link to the original version; its language's own name follows in brackets.
translation-original-link = Skaityti originalą
