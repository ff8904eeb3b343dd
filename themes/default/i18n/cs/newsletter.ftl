# Texty e-mailového vydání newsletteru, jeho webové verze a archivu: čeština.
# Web může kteroukoli zprávu nahradit zprávou se stejným ID ve vlastním souboru i18n/cs/*.ftl.

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
       *[other] V tomto čísle { $count } článků: { $titles }
    }
# Link to the web version, at the top and in the footer.
email-view-in-browser = Zobrazit v prohlížeči
# Under the site title. $date: the issue's date, already formatted.
email-issue-line = Číslo { $number } · { $date }
email-greeting = Dobrý den,
# The paragraph after the greeting.
email-intro =
    { $count ->
        [one] posíláme vám nejnovější článek z našich projektů.
        [few] posíláme vám { $count } nejnovější články z našich projektů.
        [many] posíláme vám { $count } nejnovějšího článku z našich projektů.
       *[other] posíláme vám { $count } nejnovějších článků z našich projektů.
    }
email-read-more = Číst dále
# Tooltip of the “Read more” button.
email-read-more-about = Číst dále: { $title }
# $dates: the day or days of the event, already formatted.
email-event = Akce: { $dates }
email-footer = Tento newsletter dostáváte, protože odebíráte { $site }.
email-unsubscribe = Odhlásit odběr
# Heading of the numbered list of links at the end of the text version.
email-links = Odkazy

## Webová verze a archiv (newsletter/web.html, newsletter/archive.html)

# $title: the page's own title, $site: the site title.
newsletter-document-title = { $title } – { $site }
newsletter-issue-title = Číslo { $number }
# $date: the issue's date, already formatted.
newsletter-issue-date = Odesláno { $date }
newsletter-archive-title = Archiv newsletteru
newsletter-archive-intro = Všechna čísla našeho newsletteru, od nejnovějšího.
newsletter-all-issues = Všechna čísla
newsletter-article-count =
    { $count ->
        [one] { $count } článek
        [few] { $count } články
        [many] { $count } článku
       *[other] { $count } článků
    }

# In the e-mail, under an article that is an open call. $date: its deadline, already formatted.
email-call-deadline = Uzávěrka: { $date }

# A label and what it labels on one line of the text e-mail (“Event website: https://…”),
# with the language's punctuation between them.
label-value = { $label }: { $value }
