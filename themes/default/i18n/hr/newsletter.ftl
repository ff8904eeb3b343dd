# Tekstovi izdanja biltena e-poštom, njegove mrežne inačice i arhive: hrvatski.
# Mrežno mjesto može zamijeniti bilo koju poruku porukom s istim ID-om u vlastitoj datoteci i18n/hr/*.ftl.

## E-pošta (newsletter/email.html i newsletter/email.txt)

# Subject line and <title> of the e-mail. $site: the site title, $number: the issue number.
email-subject = { $site }, broj { $number }
# Preview text that mail clients show after the subject.
# $count: number of articles, $titles: their titles, separated by “ · ”.
email-preheader =
    { $count ->
        [1] U ovom broju: { $titles }
        [one] { $count } članak u ovom broju: { $titles }
        [few] { $count } članka u ovom broju: { $titles }
       *[other] { $count } članaka u ovom broju: { $titles }
    }
# Link to the web version, at the top and in the footer.
email-view-in-browser = Prikaži u pregledniku
# Under the site title. $date: the issue's date, already formatted.
email-issue-line = Broj { $number } · { $date }
email-greeting = Poštovani,
# The paragraph after the greeting.
email-intro =
    { $count ->
        [1] šaljemo vam najnoviji članak iz naših projekata.
        [one] šaljemo vam { $count } najnoviji članak iz naših projekata.
        [few] šaljemo vam { $count } najnovija članka iz naših projekata.
       *[other] šaljemo vam { $count } najnovijih članaka iz naših projekata.
    }
email-read-more = Opširnije
# Tooltip of the “Read more” button.
email-read-more-about = Opširnije: { $title }
# $dates: the day or days of the event, already formatted.
email-event = Događaj: { $dates }
email-footer = Ovaj bilten primate jer ste se pretplatili na { $site }.
email-unsubscribe = Odjavite se
# Heading of the numbered list of links at the end of the text version.
email-links = Poveznice

## Mrežna inačica i arhiva (newsletter/web.html, newsletter/archive.html)

# $title: the page's own title, $site: the site title.
newsletter-document-title = { $title } – { $site }
newsletter-issue-title = Broj { $number }
# $date: the issue's date, already formatted.
newsletter-issue-date = Poslano { $date }
newsletter-archive-title = Arhiva biltena
newsletter-archive-intro = Svi brojevi našeg biltena, od najnovijeg.
newsletter-all-issues = Svi brojevi
newsletter-article-count =
    { $count ->
        [one] { $count } članak
        [few] { $count } članka
       *[other] { $count } članaka
    }

# In the e-mail, under an article that is an open call. $date: its deadline, already formatted.
email-call-deadline = Rok za prijavu: { $date }

# A label and what it labels on one line of the text e-mail (“Event website: https://…”),
# with the language's punctuation between them.
label-value = { $label }: { $value }
