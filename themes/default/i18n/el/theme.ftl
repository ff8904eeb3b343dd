# Κείμενα διεπαφής του προεπιλεγμένου θέματος του bulletin: ελληνικά.
# Ένας ιστότοπος μπορεί να αντικαταστήσει οποιοδήποτε μήνυμα ορίζοντας μήνυμα με το ίδιο αναγνωριστικό στο δικό του i18n/el/*.ftl.
# Τα ελληνικά έχουν δύο κατηγορίες αριθμού (CLDR): one (1) και other (0, 2, 3 … και οι δεκαδικοί).
# Τυπογραφία: εισαγωγικά «…», ερωτηματικό «;».

## Πλαίσιο σελίδας (base.html)

# Skip link, the first focusable element of every page.
skip-to-content = Μετάβαση στο περιεχόμενο
# aria-label of the main navigation.
nav-main = Κύριο μενού
nav-home = Αρχική
# Navigation label, heading of the tag index, label of tag lists.
tags = Ετικέτες
# aria-label of the language switcher.
language-switcher = Γλώσσα
# Footer link to the Atom feed of the current language.
feed-subscribe = Εγγραφή στη ροή Atom
# title of the <link rel="alternate"> to a feed.
# $site: site title, $language: name of the feed's language in that language.
feed-title = { $site } – ροή Atom ({ $language })
json-feed-title = { $site } – ροή JSON ({ $language })

## Τίτλοι εγγράφων

# $title: the page's own title, $site: the site title.
document-title = { $title } – { $site }
# Title of the second and later pages of a list.
paged-title = { $title }, σελίδα { $number } από { $total }

## Λίστες (index.html, section.html, tag.html, tags.html)

latest-articles = Πρόσφατα άρθρα
sections-heading = Ενότητες
article-count =
    { $count ->
        [one] { $count } άρθρο
       *[other] { $count } άρθρα
    }
no-articles = Δεν έχουν δημοσιευτεί ακόμη άρθρα εδώ.
read-more = Διαβάστε περισσότερα
# Screen-reader text of the “Read more” link; must begin like read-more.
read-more-about = Διαβάστε περισσότερα: { $title }
reading-time =
    { $count ->
        [one] { $count } λεπτό ανάγνωσης
       *[other] { $count } λεπτά ανάγνωσης
    }

## Σελιδοποίηση

pagination = Σελιδοποίηση
pagination-previous = Προηγούμενη σελίδα
pagination-next = Επόμενη σελίδα
pagination-status = Σελίδα { $number } από { $total }

## Ετικέτες

tag-heading = Άρθρα με την ετικέτα «{ $name }»
tag-description =
    { $count ->
        [one] Ένα άρθρο έχει την ετικέτα «{ $name }».
       *[other] { $count } άρθρα έχουν την ετικέτα «{ $name }».
    }
all-tags = Όλες οι ετικέτες
no-tags = Δεν υπάρχουν ακόμη ετικέτες.

## Άρθρα (page.html)

published = Δημοσίευση
updated = Ενημέρωση
event-heading = Εκδήλωση
event-date = Ημερομηνία
event-time = Ώρα
# $start, $end: times of day, already formatted.
time-range = { $start }–{ $end }
event-timezone = Ζώνη ώρας
event-location = Τοποθεσία
event-online = Διαδικτυακά
event-link = Ιστότοπος της εκδήλωσης
toc-heading = Περιεχόμενα
translations-heading = Το άρθρο σε άλλες γλώσσες
article-nav = Περισσότερα άρθρα
earlier-article = Παλαιότερο άρθρο
later-article = Νεότερο άρθρο

## Επιλογή γλώσσας (root.html)

choose-language = Επιλέξτε γλώσσα

## Η σελίδα δεν βρέθηκε (404.html)

not-found-heading = Η σελίδα δεν βρέθηκε
not-found-text = Λυπούμαστε, δεν υπάρχει τίποτα σε αυτή τη διεύθυνση. Η σελίδα μπορεί να έχει μετακινηθεί ή ο σύνδεσμος να περιέχει τυπογραφικό λάθος.
not-found-homes = Συνέχεια στην αρχική σελίδα

## Σελίδες που μετακινήθηκαν (redirect.html)

redirect-heading = Η σελίδα έχει μετακινηθεί
redirect-text = Μεταφέρεστε στη νέα της διεύθυνση.
redirect-link = Μετάβαση στη νέα διεύθυνση

## Πλοήγηση, υποσέλιδο (base.html)

nav-events = Εκδηλώσεις
nav-archive = Αρχείο
# Followed by the site's languages, each by its own name, joined as a list: “Published in Deutsch, Català and English”.
footer-languages = Δημοσιεύεται στις εξής γλώσσες:
# Link to /<lang>/events.ics, an iCalendar feed of every event.
events-subscribe = Εγγραφή στο ημερολόγιο εκδηλώσεων

## Εκδηλώσεις (index.html, events.html)

upcoming-events = Προσεχείς εκδηλώσεις
all-events = Όλες οι εκδηλώσεις
past-events = Προηγούμενες εκδηλώσεις
no-upcoming-events = Προς το παρόν δεν έχουν προγραμματιστεί εκδηλώσεις. Εγγραφείτε στο ημερολόγιο για να ενημερώνεστε για τις νέες.
events-heading = Εκδηλώσεις
events-description = Συναντήσεις, εργαστήρια και διαδικτυακά σεμινάρια των έργων μας: τι έρχεται και τι έχει ήδη πραγματοποιηθεί.
# A start time without an end time; $time is already formatted.
time-single = { $time }
event-location-unknown = Θα ανακοινωθεί
event-add-to-calendar = Προσθήκη στο ημερολόγιο
# Link on an event that adds it to an online calendar service; $service is the service's name
# ("Google Calendar", "Outlook.com"), inserted as it is.
event-add-to-service = Προσθήκη στο { $service }
# Shown on an event that is over, instead of the links that add it to a calendar.
event-ended = Η εκδήλωση έχει ολοκληρωθεί.

## Αρχείο (archive.html)

archive-heading = Αρχείο
archive-description =
    { $count ->
        [0] Δεν έχει δημοσιευτεί τίποτα ακόμη.
        [one] Ένα άρθρο, ανά έτος και μήνα.
       *[other] Όλα τα { $count } άρθρα, ανά έτος και μήνα.
    }
# aria-label of the list of years at the top of the archive.
archive-years = Έτη

## Άρθρα που δεν έχουν μεταφραστεί στη γλώσσα της σελίδας
# $code: the language the article exists in.

only-in-language =
    { $code ->
        [bg] Μόνο στα βουλγαρικά
        [cs] Μόνο στα τσεχικά
        [da] Μόνο στα δανικά
        [de] Μόνο στα γερμανικά
        [el] Μόνο στα ελληνικά
        [en] Μόνο στα αγγλικά
        [es] Μόνο στα ισπανικά
        [et] Μόνο στα εσθονικά
        [fi] Μόνο στα φινλανδικά
        [fr] Μόνο στα γαλλικά
        [ga] Μόνο στα ιρλανδικά
        [hr] Μόνο στα κροατικά
        [hu] Μόνο στα ουγγρικά
        [it] Μόνο στα ιταλικά
        [lt] Μόνο στα λιθουανικά
        [lv] Μόνο στα λετονικά
        [mt] Μόνο στα μαλτεζικά
        [nl] Μόνο στα ολλανδικά
        [pl] Μόνο στα πολωνικά
        [pt] Μόνο στα πορτογαλικά
        [ro] Μόνο στα ρουμανικά
        [sk] Μόνο στα σλοβακικά
        [sl] Μόνο στα σλοβενικά
        [sv] Μόνο στα σουηδικά
        [ca] Μόνο στα καταλανικά
        [eu] Μόνο στα βασκικά
        [gl] Μόνο στα γαλικιανά
       *[other] Μόνο σε άλλη γλώσσα
    }

## Αρχεία ημερολογίου (.ics), που δημιουργούνται στο src/output/calendar.rs

# Name of the calendar of a language's events; $site: the site title.
calendar-name = { $site }: εκδηλώσεις
# Last lines of an event's description in a calendar.
calendar-article = Διαβάστε περισσότερα: { $url }
calendar-event-website = Ιστότοπος της εκδήλωσης: { $url }
# Τίτλος της προθεσμίας μιας πρόσκλησης σε ημερολόγιο. $title: ο τίτλος της πρόσκλησης.
calendar-deadline = Προθεσμία: { $title }
# Τελευταία γραμμή της περιγραφής μιας προθεσμίας σε ημερολόγιο: πού υποβάλλεται η αίτηση.
calendar-call-apply = Υποβολή αίτησης: { $url }

## Ανοιχτές προσκλήσεις (page.html, calls.html, partials/article-item.html)

# Heading of the box on an article that is an open call.
call-heading = Ανοιχτή πρόσκληση
# Label before the call's deadline (a date, or a date and time, already formatted).
call-deadline = Προθεσμία
# How long a call is still open; $days: whole days until the deadline's day (1 or more).
call-closes-in =
    { $days ->
        [one] Λήγει σε { $days } ημέρα
       *[other] Λήγει σε { $days } ημέρες
    }
call-closes-today = Λήγει σήμερα
call-closed = Η πρόσκληση έχει λήξει.
# Link to the form or page where one applies.
call-apply = Πώς να υποβάλετε αίτηση
# Σύνδεσμος προς το αρχείο ημερολογίου της πρόσκλησης, που περιέχει την προθεσμία της.
call-add-to-calendar = Προσθήκη της προθεσμίας στο ημερολόγιο
# Title of the list of a language's calls, and its menu entry.
calls-title = Ανοιχτές προσκλήσεις
calls-none = Προς το παρόν δεν υπάρχουν ανοιχτές προσκλήσεις.
# Heading above the calls whose deadline has passed, on the list.
calls-closed-heading = Προσκλήσεις που έχουν λήξει

## Αναζήτηση στον ιστότοπο ([search] enabled = true): η σελίδα /<lang>/search/ και η καταχώρισή της στο μενού.

# Τίτλος της σελίδας αναζήτησης και της καταχώρισής της στο μενού.
search-title = Αναζήτηση
# Ετικέτα του πεδίου όπου ο αναγνώστης πληκτρολογεί τι αναζητά.
search-label = Όροι αναζήτησης
# Το κουμπί που ξεκινά την αναζήτηση.
search-button = Αναζήτηση
# Εμφανίζεται αντί για αποτελέσματα όταν το πρόγραμμα περιήγησης δεν εκτελεί JavaScript (η αναζήτηση γίνεται στο πρόγραμμα περιήγησης).
search-needs-script = Η αναζήτηση γίνεται στο πρόγραμμα περιήγησής σας και απαιτεί JavaScript. Χωρίς JavaScript, το αρχείο παραθέτει όλα τα άρθρα ανά μήνα.
# Εμφανίζεται όσο φορτώνεται το ευρετήριο και γίνεται η αναζήτηση.
search-searching = Αναζήτηση…
# Πάνω από τα αποτελέσματα. Το $count είναι τουλάχιστον 1. Το $query είναι ό,τι πληκτρολόγησε ο αναγνώστης.
search-results =
    { $count ->
        [one] Βρέθηκε μία σελίδα για «{ $query }».
       *[other] Βρέθηκαν { $count } σελίδες για «{ $query }».
    }
# Όταν δεν βρεθεί τίποτα.
search-none = Δεν βρέθηκε καμία σελίδα για «{ $query }». Δοκιμάστε λιγότερες ή διαφορετικές λέξεις.
# Κουμπί κάτω από τα αποτελέσματα που εμφανίζει τα επόμενα.
search-more = Εμφάνιση περισσότερων αποτελεσμάτων
