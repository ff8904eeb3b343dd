# Avviżi dwar traduzzjonijiet li jistgħu ma jkunux aġġornati: Malti.

# The notice on a translation whose original changed after it was translated.
translation-stale = Din it-traduzzjoni tista’ ma tkunx aġġornata: l-oriġinal inbidel minn meta ġie tradott.
# $date (string): the day the original was last updated, already formatted.
translation-stale-updated = Din it-traduzzjoni tista’ ma tkunx aġġornata: l-oriġinal ġie aġġornat fid-data { $date }.
# Link to the original version; its language's own name follows in brackets.
translation-original-link = Aqra l-oriġinal
