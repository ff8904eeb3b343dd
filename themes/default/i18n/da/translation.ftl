# Meddelelser om oversættelser: dansk.

# Meddelelsen på en oversættelse, hvis original er ændret, efter at den blev oversat.
translation-stale = Denne oversættelse er muligvis forældet: originalen er blevet ændret, siden den blev oversat.
# $date (tekst): den dag, originalen sidst blev opdateret, allerede formateret.
translation-stale-updated = Denne oversættelse er muligvis forældet: originalen blev opdateret den { $date }.
# Link til den originale version; sprogets eget navn følger i parentes.
translation-original-link = Læs originalen
