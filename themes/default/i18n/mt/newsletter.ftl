# Testi tal-edizzjoni bl-email tal-bullettin, tal-verżjoni web tiegħu u tal-arkivju: Malti.
# Sit jista’ jissostitwixxi kwalunkwe messaġġ b’messaġġ bl-istess ID fl-i18n/mt/*.ftl tiegħu stess.

## L-email (newsletter/email.html u newsletter/email.txt)

# Subject line and <title> of the e-mail. $site: the site title, $number: the issue number.
email-subject = { $site }, ħarġa Nru { $number }
# Preview text that mail clients show after the subject.
# $count: number of articles, $titles: their titles, separated by “ · ”.
email-preheader =
    { $count ->
        [one] F’din il-ħarġa: { $titles }
        [two] Żewġ artikli f’din il-ħarġa: { $titles }
        [few] { $count } artikli f’din il-ħarġa: { $titles }
        [many] { $count }-il artiklu f’din il-ħarġa: { $titles }
       *[other] { $count } artiklu f’din il-ħarġa: { $titles }
    }
# Link to the web version, at the top and in the footer.
email-view-in-browser = Ara fil-browser
# Under the site title. $date: the issue's date, already formatted.
email-issue-line = Ħarġa Nru { $number } · { $date }
email-greeting = Għeżież qarrejja,
# The paragraph after the greeting.
email-intro =
    { $count ->
        [one] Hawn hu l-aħħar artiklu mill-proġetti tagħna.
        [two] Hawn huma l-aħħar żewġ artikli mill-proġetti tagħna.
        [few] Hawn huma l-aħħar { $count } artikli mill-proġetti tagħna.
        [many] Hawn huma l-aħħar { $count }-il artiklu mill-proġetti tagħna.
       *[other] Hawn huma l-aħħar { $count } artiklu mill-proġetti tagħna.
    }
email-read-more = Aqra aktar
# Tooltip of the “Read more” button.
email-read-more-about = Aqra aktar: { $title }
# $dates: the day or days of the event, already formatted.
email-event = Avveniment: { $dates }
email-footer = Qed tirċievi dan il-bullettin għax abbonajt għalih fuq { $site }.
email-unsubscribe = Ikkanċella l-abbonament
# Heading of the numbered list of links at the end of the text version.
email-links = Links

## Verżjoni web u arkivju (newsletter/web.html, newsletter/archive.html)

# $title: the page's own title, $site: the site title.
newsletter-document-title = { $title } – { $site }
newsletter-issue-title = Ħarġa Nru { $number }
# $date: the issue's date, already formatted.
newsletter-issue-date = Intbagħtet fid-data { $date }
newsletter-archive-title = Arkivju tal-bullettin
newsletter-archive-intro = Il-ħarġiet kollha tal-bullettin tagħna, mill-aktar riċenti.
newsletter-all-issues = Il-ħarġiet kollha
newsletter-article-count =
    { $count ->
        [one] { $count } artiklu
        [two] { $count } artikli
        [few] { $count } artikli
        [many] { $count }-il artiklu
       *[other] { $count } artiklu
    }

# In the e-mail, under an article that is an open call. $date: its deadline, already formatted.
email-call-deadline = Data tal-għeluq: { $date }

# A label and what it labels on one line of the text e-mail (“Event website: https://…”),
# with the language's punctuation between them.
label-value = { $label }: { $value }
