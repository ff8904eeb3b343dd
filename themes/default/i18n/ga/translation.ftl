# Fógraí faoi aistriúcháin a d’fhéadfadh a bheith as dáta: Gaeilge.

# The notice on a translation whose original changed after it was translated.
translation-stale = D’fhéadfadh an t-aistriúchán seo a bheith as dáta: athraíodh an bunleagan ó aistríodh é.
# $date (string): the day the original was last updated, already formatted.
translation-stale-updated = D’fhéadfadh an t-aistriúchán seo a bheith as dáta: nuashonraíodh an bunleagan ar an { $date }.
# Link to the original version; its language's own name follows in brackets.
translation-original-link = Léigh an bunleagan
