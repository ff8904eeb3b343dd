# Κείμενα της έκδοσης ηλεκτρονικού ταχυδρομείου του ενημερωτικού δελτίου, της διαδικτυακής της μορφής και του αρχείου: ελληνικά.
# Ένας ιστότοπος μπορεί να αντικαταστήσει οποιοδήποτε μήνυμα ορίζοντας μήνυμα με το ίδιο αναγνωριστικό στο δικό του i18n/el/*.ftl.

## Το μήνυμα ηλεκτρονικού ταχυδρομείου (newsletter/email.html και newsletter/email.txt)

# Subject line and <title> of the e-mail. $site: the site title, $number: the issue number.
email-subject = { $site }, τεύχος { $number }
# Preview text that mail clients show after the subject.
# $count: number of articles, $titles: their titles, separated by “ · ”.
email-preheader =
    { $count ->
        [one] Σε αυτό το τεύχος: { $titles }
       *[other] { $count } άρθρα σε αυτό το τεύχος: { $titles }
    }
# Link to the web version, at the top and in the footer.
email-view-in-browser = Προβολή στο πρόγραμμα περιήγησης
# Under the site title. $date: the issue's date, already formatted.
email-issue-line = Τεύχος { $number } · { $date }
email-greeting = Γεια σας,
# The paragraph after the greeting.
email-intro =
    { $count ->
        [one] Ακολουθεί το πιο πρόσφατο άρθρο από τα έργα μας.
       *[other] Ακολουθούν τα { $count } πιο πρόσφατα άρθρα από τα έργα μας.
    }
email-read-more = Διαβάστε περισσότερα
# Tooltip of the “Read more” button.
email-read-more-about = Διαβάστε περισσότερα: { $title }
# $dates: the day or days of the event, already formatted.
email-event = Εκδήλωση: { $dates }
email-footer = Λαμβάνετε αυτό το ενημερωτικό δελτίο του ιστότοπου { $site } επειδή έχετε εγγραφεί σε αυτό.
email-unsubscribe = Κατάργηση εγγραφής
# Heading of the numbered list of links at the end of the text version.
email-links = Σύνδεσμοι

## Διαδικτυακή μορφή και αρχείο (newsletter/web.html, newsletter/archive.html)

# $title: the page's own title, $site: the site title.
newsletter-document-title = { $title } – { $site }
newsletter-issue-title = Τεύχος { $number }
# $date: the issue's date, already formatted.
newsletter-issue-date = Στάλθηκε στις { $date }
newsletter-archive-title = Αρχείο ενημερωτικού δελτίου
newsletter-archive-intro = Όλα τα τεύχη του ενημερωτικού μας δελτίου, από το πιο πρόσφατο.
newsletter-all-issues = Όλα τα τεύχη
newsletter-article-count =
    { $count ->
        [one] { $count } άρθρο
       *[other] { $count } άρθρα
    }

# In the e-mail, under an article that is an open call. $date: its deadline, already formatted.
email-call-deadline = Προθεσμία: { $date }

# A label and what it labels on one line of the text e-mail (“Event website: https://…”),
# with the language's punctuation between them.
label-value = { $label }: { $value }
