# Téacsanna na nuachtlitreach (an ríomhphost, an leagan gréasáin agus an chartlann): Gaeilge.
# Is féidir le suíomh aon teachtaireacht a shárú trí theachtaireacht leis an aitheantas céanna a chur ina i18n/ga/*.ftl féin.

## An ríomhphost (newsletter/email.html agus newsletter/email.txt)

# Subject line and <title> of the e-mail. $site: the site title, $number: the issue number.
email-subject = { $site }, eagrán { $number }
# Preview text that mail clients show after the subject.
# $count: number of articles, $titles: their titles, separated by “ · ”.
email-preheader =
    { $count ->
        [one] San eagrán seo: { $titles }
        [two] Dhá alt san eagrán seo: { $titles }
        [few] { $count } alt san eagrán seo: { $titles }
        [many] { $count } n-alt san eagrán seo: { $titles }
       *[other] { $count } alt san eagrán seo: { $titles }
    }
# Link to the web version, at the top and in the footer.
email-view-in-browser = Féach air i do bhrabhsálaí
# Under the site title. $date: the issue's date, already formatted.
email-issue-line = Eagrán { $number } · { $date }
email-greeting = A chara,
# The paragraph after the greeting.
email-intro =
    { $count ->
        [one] Seo duit an t-alt is déanaí ónár dtionscadail.
        [two] Seo duit an dá alt is déanaí ónár dtionscadail.
        [few] Seo duit na { $count } alt is déanaí ónár dtionscadail.
        [many] Seo duit na { $count } n-alt is déanaí ónár dtionscadail.
       *[other] Seo duit na { $count } alt is déanaí ónár dtionscadail.
    }
email-read-more = Léigh tuilleadh
# Tooltip of the “Read more” button.
email-read-more-about = Léigh tuilleadh: { $title }
# $dates: the day or days of the event, already formatted.
email-event = Imeacht: { $dates }
email-footer = Tá an nuachtlitir seo á fáil agat toisc gur liostáil tú léi ar shuíomh { $site }.
email-unsubscribe = Díliostáil
# Heading of the numbered list of links at the end of the text version.
email-links = Naisc

## An leagan gréasáin agus an chartlann (newsletter/web.html, newsletter/archive.html)

# $title: the page's own title, $site: the site title.
newsletter-document-title = { $title } – { $site }
newsletter-issue-title = Eagrán { $number }
# $date: the issue's date, already formatted.
newsletter-issue-date = Seolta ar an { $date }
newsletter-archive-title = Cartlann na nuachtlitreach
newsletter-archive-intro = Gach eagrán dár nuachtlitir, an ceann is déanaí ar dtús.
newsletter-all-issues = Gach eagrán
newsletter-article-count =
    { $count ->
        [one] { $count } alt
        [two] { $count } alt
        [few] { $count } alt
        [many] { $count } n-alt
       *[other] { $count } alt
    }

# In the e-mail, under an article that is an open call. $date: its deadline, already formatted.
email-call-deadline = Spriocdháta: { $date }

# A label and what it labels on one line of the text e-mail (“Event website: https://…”),
# with the language's punctuation between them.
label-value = { $label }: { $value }
