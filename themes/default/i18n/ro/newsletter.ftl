# Textele ediției prin e-mail a buletinului informativ, ale versiunii web și ale arhivei: română.
# Un site poate înlocui orice mesaj cu unul care are același identificator în propriul i18n/ro/*.ftl.

## E-mailul (newsletter/email.html și newsletter/email.txt)

# Subject line and <title> of the e-mail. $site: the site title, $number: the issue number.
email-subject = { $site }, numărul { $number }
# Preview text that mail clients show after the subject.
# $count: number of articles, $titles: their titles, separated by “ · ”.
email-preheader =
    { $count ->
        [one] În acest număr: { $titles }
        [few] { $count } articole în acest număr: { $titles }
       *[other] { $count } de articole în acest număr: { $titles }
    }
# Link to the web version, at the top and in the footer.
email-view-in-browser = Vizualizați în browser
# Under the site title. $date: the issue's date, already formatted.
email-issue-line = Numărul { $number } · { $date }
email-greeting = Bună ziua,
# The paragraph after the greeting.
email-intro =
    { $count ->
        [one] Vă prezentăm cel mai recent articol din proiectele noastre.
        [few] Vă prezentăm ultimele { $count } articole din proiectele noastre.
       *[other] Vă prezentăm ultimele { $count } de articole din proiectele noastre.
    }
email-read-more = Citiți mai mult
# Tooltip of the “Read more” button.
email-read-more-about = Citiți mai mult: { $title }
# $dates: the day or days of the event, already formatted.
email-event = Eveniment: { $dates }
email-footer = Primiți acest buletin informativ deoarece v-ați abonat la { $site }.
email-unsubscribe = Dezabonare
# Heading of the numbered list of links at the end of the text version.
email-links = Linkuri

## Versiunea web și arhiva (newsletter/web.html, newsletter/archive.html)

# $title: the page's own title, $site: the site title.
newsletter-document-title = { $title } – { $site }
newsletter-issue-title = Numărul { $number }
# $date: the issue's date, already formatted.
newsletter-issue-date = Trimis pe { $date }
newsletter-archive-title = Arhiva buletinului informativ
newsletter-archive-intro = Toate numerele buletinului nostru informativ, de la cel mai recent la cel mai vechi.
newsletter-all-issues = Toate numerele
newsletter-article-count =
    { $count ->
        [one] { $count } articol
        [few] { $count } articole
       *[other] { $count } de articole
    }

# In the e-mail, under an article that is an open call. $date: its deadline, already formatted.
email-call-deadline = Termen-limită: { $date }

# A label and what it labels on one line of the text e-mail (“Event website: https://…”),
# with the language's punctuation between them.
label-value = { $label }: { $value }
