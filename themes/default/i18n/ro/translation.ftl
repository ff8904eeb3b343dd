# Avizul despre traducerile neactualizate: română.

# The notice on a translation whose original changed after it was translated.
translation-stale = Este posibil ca această traducere să nu fie la zi: originalul a fost modificat după ce a fost tradus.
# $date (string): the day the original was last updated, already formatted.
translation-stale-updated = Este posibil ca această traducere să nu fie la zi: originalul a fost actualizat pe { $date }.
# Link to the original version; its language's own name follows in brackets.
translation-original-link = Citiți originalul
