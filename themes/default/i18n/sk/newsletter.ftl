# Texty e-mailového vydania newslettera, jeho webovej verzie a archívu: slovenčina.
# Web môže ktorúkoľvek správu nahradiť správou s rovnakým ID vo vlastnom súbore i18n/sk/*.ftl.

## E-mail (newsletter/email.html a newsletter/email.txt)

# Subject line and <title> of the e-mail. $site: the site title, $number: the issue number.
email-subject = { $site }, číslo { $number }
# Preview text that mail clients show after the subject.
# $count: number of articles, $titles: their titles, separated by “ · ”.
email-preheader =
    { $count ->
        [one] V tomto čísle: { $titles }
        [few] V tomto čísle { $count } články: { $titles }
        [many] V tomto čísle { $count } článku: { $titles }
       *[other] V tomto čísle { $count } článkov: { $titles }
    }
# Link to the web version, at the top and in the footer.
email-view-in-browser = Zobraziť v prehliadači
# Under the site title. $date: the issue's date, already formatted.
email-issue-line = Číslo { $number } · { $date }
email-greeting = Dobrý deň,
# The paragraph after the greeting.
email-intro =
    { $count ->
        [one] posielame Vám najnovší článok z našich projektov.
        [few] posielame Vám { $count } najnovšie články z našich projektov.
        [many] posielame Vám { $count } najnovšieho článku z našich projektov.
       *[other] posielame Vám { $count } najnovších článkov z našich projektov.
    }
email-read-more = Čítať ďalej
# Tooltip of the “Read more” button.
email-read-more-about = Čítať ďalej: { $title }
# $dates: the day or days of the event, already formatted.
email-event = Podujatie: { $dates }
email-footer = Tento newsletter dostávate, pretože odoberáte { $site }.
email-unsubscribe = Odhlásiť odber
# Heading of the numbered list of links at the end of the text version.
email-links = Odkazy

## Webová verzia a archív (newsletter/web.html, newsletter/archive.html)

# $title: the page's own title, $site: the site title.
newsletter-document-title = { $title } – { $site }
newsletter-issue-title = Číslo { $number }
# $date: the issue's date, already formatted.
newsletter-issue-date = Odoslané { $date }
newsletter-archive-title = Archív newslettera
newsletter-archive-intro = Všetky čísla nášho newslettera, od najnovšieho.
newsletter-all-issues = Všetky čísla
newsletter-article-count =
    { $count ->
        [one] { $count } článok
        [few] { $count } články
        [many] { $count } článku
       *[other] { $count } článkov
    }

# In the e-mail, under an article that is an open call. $date: its deadline, already formatted.
email-call-deadline = Uzávierka: { $date }

# A label and what it labels on one line of the text e-mail (“Event website: https://…”),
# with the language's punctuation between them.
label-value = { $label }: { $value }
