# Ειδοποιήσεις για μεταφράσεις που ίσως δεν είναι ενημερωμένες: ελληνικά.

# The notice on a translation whose original changed after it was translated.
translation-stale = Η μετάφραση αυτή ίσως δεν είναι ενημερωμένη: το πρωτότυπο έχει αλλάξει από τότε που μεταφράστηκε.
# $date (string): the day the original was last updated, already formatted.
translation-stale-updated = Η μετάφραση αυτή ίσως δεν είναι ενημερωμένη: το πρωτότυπο ενημερώθηκε στις { $date }.
# Link to the original version; its language's own name follows in brackets.
translation-original-link = Διαβάστε το πρωτότυπο
