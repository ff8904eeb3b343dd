# Κείμενα διεπαφής του προεπιλεγμένου θέματος του bulletin: πλαίσιο σελίδας, δήλωση χρηματοδότησης, εγγραφή, αναζήτηση. Ελληνικά.
# Ένας ιστότοπος μπορεί να αντικαταστήσει οποιοδήποτε μήνυμα ορίζοντας μήνυμα με το ίδιο αναγνωριστικό στο δικό του i18n/el/*.ftl.

## Δήλωση χρηματοδότησης (Ευρωπαϊκή Ένωση)

# The European Commission's wording of the funding statement, shown with the EU emblem (partials/eu-emblem.html).
funding-funded-by = Με τη χρηματοδότηση της Ευρωπαϊκής Ένωσης
funding-cofunded-by = Με τη συγχρηματοδότηση της Ευρωπαϊκής Ένωσης
# $number: the grant agreement's number, inserted as it is.
funding-grant-agreement = Συμφωνία επιχορήγησης αριθ. { $number }
# $authority: the granting authority's name as the site gives it in this language (e.g. EACEA). It follows the
# generic term in brackets, so that it never has to be declined or take an article.
funding-views = Ωστόσο, οι απόψεις και οι γνώμες που διατυπώνονται εκφράζουν αποκλειστικά τον συντάκτη ή τους συντάκτες και δεν αντιπροσωπεύουν κατ’ ανάγκη τις απόψεις της Ευρωπαϊκής Ένωσης ή της χορηγούσας αρχής ({ $authority }). Ούτε η Ευρωπαϊκή Ένωση ούτε η χορηγούσα αρχή μπορούν να θεωρηθούν υπεύθυνες γι’ αυτές.
# The same disclaimer when the site names no granting authority.
funding-views-eu = Ωστόσο, οι απόψεις και οι γνώμες που διατυπώνονται εκφράζουν αποκλειστικά τον συντάκτη ή τους συντάκτες και δεν αντιπροσωπεύουν κατ’ ανάγκη τις απόψεις της Ευρωπαϊκής Ένωσης. Ούτε η Ευρωπαϊκή Ένωση ούτε η χορηγούσα αρχή μπορούν να θεωρηθούν υπεύθυνες γι’ αυτές.
# Before the names or logos of the project's other funders.
funding-other = Υποστηρίζεται επίσης από

## Υποσέλιδο και ταυτότητα του ιστότοπου (base.html)

# Heading of the links to the site's social media accounts.
footer-social = Ακολουθήστε μας

## Εγγραφή στο ενημερωτικό δελτίο

subscribe-heading = Εγγραφείτε στο ενημερωτικό δελτίο
# $language: the newsletter's language, by its own name, already formatted.
subscribe-intro = Λάβετε τα νέα μας με email. Γλώσσα του ενημερωτικού δελτίου: { $language }.
subscribe-email = Διεύθυνση email
subscribe-name = Όνομα (προαιρετικό)
subscribe-button = Εγγραφή
# Label of the consent checkbox.
subscribe-consent = Συμφωνώ να λαμβάνω αυτό το ενημερωτικό δελτίο με email. Μπορώ να καταργήσω την εγγραφή μου οποιαδήποτε στιγμή μέσω του συνδέσμου σε κάθε email.
# Link to the site's privacy notice.
subscribe-privacy = Πώς χειριζόμαστε τα δεδομένα σας
# Marks a required field.
subscribe-required = υποχρεωτικό
