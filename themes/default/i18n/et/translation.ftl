# Tõlgetega seotud teated: eesti keel.

# Teade tõlkel, mille originaali on pärast tõlkimist muudetud.
translation-stale = See tõlge võib olla aegunud: originaali on pärast tõlkimist muudetud.
# $date (string): päev, mil originaali viimati uuendati, juba vormindatud.
translation-stale-updated = See tõlge võib olla aegunud. Originaali viimane uuendus: { $date }.
# Link originaalversioonile; selle keele oma nimi järgneb sulgudes.
translation-original-link = Loe originaali
