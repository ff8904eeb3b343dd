# A hírlevél e-mailes kiadásának, webes változatának és archívumának szövegei: magyar.
# A webhely bármelyik üzenetet felülírhatja, ha a saját i18n/hu/*.ftl fájljában azonos azonosítóval megad egy üzenetet.

## Az e-mail (newsletter/email.html és newsletter/email.txt)

# Subject line and <title> of the e-mail. $site: the site title, $number: the issue number.
email-subject = { $site }, { $number }. szám
# Preview text that mail clients show after the subject.
# $count: number of articles, $titles: their titles, separated by “ · ”.
email-preheader =
    { $count ->
        [one] Ebben a számban: { $titles }
       *[other] Ebben a számban { $count } cikk: { $titles }
    }
# Link to the web version, at the top and in the footer.
email-view-in-browser = Megtekintés böngészőben
# Under the site title. $date: the issue's date, already formatted.
email-issue-line = { $number }. szám · { $date }
email-greeting = Kedves Olvasó!
# The paragraph after the greeting.
email-intro =
    { $count ->
        [one] Íme projektjeink legfrissebb cikke.
       *[other] Íme projektjeink { $count } legfrissebb cikke.
    }
email-read-more = Bővebben
# Tooltip of the “Read more” button.
email-read-more-about = Bővebben: { $title }
# $dates: the day or days of the event, already formatted.
email-event = Esemény: { $dates }
email-footer = Ezt a hírlevelet azért kapja, mert feliratkozott rá ezen a webhelyen: { $site }.
email-unsubscribe = Leiratkozás
# Heading of the numbered list of links at the end of the text version.
email-links = Hivatkozások

## Webes változat és archívum (newsletter/web.html, newsletter/archive.html)

# $title: the page's own title, $site: the site title.
newsletter-document-title = { $title } – { $site }
newsletter-issue-title = { $number }. szám
# $date: the issue's date, already formatted.
newsletter-issue-date = Kiküldve: { $date }
newsletter-archive-title = A hírlevél archívuma
newsletter-archive-intro = Hírlevelünk összes száma, a legfrissebbel kezdve.
newsletter-all-issues = Összes szám
newsletter-article-count =
    { $count ->
        [one] { $count } cikk
       *[other] { $count } cikk
    }

# In the e-mail, under an article that is an open call. $date: its deadline, already formatted.
email-call-deadline = Beadási határidő: { $date }

# A label and what it labels on one line of the text e-mail (“Event website: https://…”),
# with the language's punctuation between them.
label-value = { $label }: { $value }
