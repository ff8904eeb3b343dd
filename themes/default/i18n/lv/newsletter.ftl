# Jaunumu vēstules e-pasta izdevuma, tā tīmekļa versijas un arhīva teksti: latviešu valoda.
# Vietne var aizstāt jebkuru ziņojumu, savā i18n/lv/*.ftl failā definējot ziņojumu ar tādu pašu ID.

## E-pasta vēstule (newsletter/email.html un newsletter/email.txt)

# Subject line and <title> of the e-mail. $site: the site title, $number: the issue number.
email-subject = { $site }, Nr. { $number }
# Preview text that mail clients show after the subject.
# $count: number of articles, $titles: their titles, separated by “ · ”.
email-preheader =
    { $count ->
        [zero] Šajā numurā { $count } rakstu: { $titles }
        [one] Šajā numurā { $count } raksts: { $titles }
       *[other] Šajā numurā { $count } raksti: { $titles }
    }
# Link to the web version, at the top and in the footer.
email-view-in-browser = Skatīt pārlūkprogrammā
# Under the site title. $date: the issue's date, already formatted.
email-issue-line = Nr. { $number } · { $date }
email-greeting = Labdien!
# The paragraph after the greeting.
email-intro =
    { $count ->
        [zero] Piedāvājam { $count } jaunākos mūsu projektu rakstus.
        [one] Piedāvājam { $count } jaunāko mūsu projektu rakstu.
       *[other] Piedāvājam { $count } jaunākos mūsu projektu rakstus.
    }
email-read-more = Lasīt vairāk
# Tooltip of the “Read more” button.
email-read-more-about = Lasīt vairāk: { $title }
# $dates: the day or days of the event, already formatted.
email-event = Pasākums: { $dates }
email-footer = Šo jaunumu vēstuli saņemat, jo to abonējāt vietnē „{ $site }”.
email-unsubscribe = Atteikties no abonēšanas
# Heading of the numbered list of links at the end of the text version.
email-links = Saites

## Tīmekļa versija un arhīvs (newsletter/web.html, newsletter/archive.html)

# $title: the page's own title, $site: the site title.
newsletter-document-title = { $title } – { $site }
newsletter-issue-title = Nr. { $number }
# $date: the issue's date, already formatted.
newsletter-issue-date = Nosūtīšanas datums: { $date }
newsletter-archive-title = Jaunumu vēstules arhīvs
newsletter-archive-intro = Visi mūsu jaunumu vēstules numuri, sākot ar jaunāko.
newsletter-all-issues = Visi numuri
newsletter-article-count =
    { $count ->
        [zero] { $count } rakstu
        [one] { $count } raksts
       *[other] { $count } raksti
    }

# In the e-mail, under an article that is an open call. $date: its deadline, already formatted.
email-call-deadline = Termiņš: { $date }

# A label and what it labels on one line of the text e-mail (“Event website: https://…”),
# with the language's punctuation between them.
label-value = { $label }: { $value }
