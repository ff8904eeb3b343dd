# Meddelanden om översättningar: svenska.

# Meddelandet på en översättning vars original har ändrats efter att den översattes.
translation-stale = Den här översättningen kan vara inaktuell: originalet har ändrats sedan det översattes.
# $date (text): dagen då originalet senast uppdaterades, redan formaterad.
translation-stale-updated = Den här översättningen kan vara inaktuell: originalet uppdaterades den { $date }.
# Länk till originalversionen; språkets eget namn följer inom parentes.
translation-original-link = Läs originalet
