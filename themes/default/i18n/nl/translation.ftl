# Meldingen bij vertalingen: Nederlands.

# De melding bij een vertaling waarvan het origineel na het vertalen is gewijzigd.
translation-stale = Deze vertaling is mogelijk verouderd: het origineel is gewijzigd nadat het werd vertaald.
# $date (tekst): de dag waarop het origineel voor het laatst is bijgewerkt, al opgemaakt.
translation-stale-updated = Deze vertaling is mogelijk verouderd: het origineel is op { $date } bijgewerkt.
# Link naar de originele versie; de eigen naam van de taal volgt tussen haakjes.
translation-original-link = Lees het origineel
