# Aviso sobre traduções desatualizadas: português (norma europeia).

# The notice on a translation whose original changed after it was translated.
translation-stale = Esta tradução pode estar desatualizada: o original foi alterado desde que foi traduzido.
# $date (string): the day the original was last updated, already formatted.
translation-stale-updated = Esta tradução pode estar desatualizada: o original foi atualizado em { $date }.
# Link to the original version; its language's own name follows in brackets.
translation-original-link = Ler o original
