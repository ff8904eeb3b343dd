# Itzulpen zaharkituei buruzko oharra: euskara.

# The notice on a translation whose original changed after it was translated.
translation-stale = Baliteke itzulpen hau eguneratuta ez egotea: jatorrizkoa aldatu egin da itzuli zenetik.
# $date (string): the day the original was last updated, already formatted; it stands after a colon, without a case ending.
translation-stale-updated = Baliteke itzulpen hau eguneratuta ez egotea. Jatorrizkoaren azken eguneratzea: { $date }.
# Link to the original version; its language's own name follows in brackets.
translation-original-link = Irakurri jatorrizkoa
