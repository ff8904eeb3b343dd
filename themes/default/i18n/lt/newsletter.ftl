# Naujienlaiškio el. pašto leidimo, jo internetinės versijos ir archyvo tekstai: lietuvių kalba.
# Svetainė gali pakeisti bet kurį pranešimą, savo i18n/lt/*.ftl faile apibrėžusi pranešimą tuo pačiu ID.

## El. laiškas (newsletter/email.html ir newsletter/email.txt)

# Subject line and <title> of the e-mail. $site: the site title, $number: the issue number.
email-subject = { $site }, Nr. { $number }
# Preview text that mail clients show after the subject.
# $count: number of articles, $titles: their titles, separated by “ · ”.
email-preheader =
    { $count ->
        [one] Šiame numeryje – { $count } straipsnis: { $titles }
        [few] Šiame numeryje – { $count } straipsniai: { $titles }
        [many] Šiame numeryje – { $count } straipsnio: { $titles }
       *[other] Šiame numeryje – { $count } straipsnių: { $titles }
    }
# Link to the web version, at the top and in the footer.
email-view-in-browser = Žiūrėti naršyklėje
# Under the site title. $date: the issue's date, already formatted.
email-issue-line = Nr. { $number } · { $date }
email-greeting = Sveiki!
# The paragraph after the greeting.
email-intro =
    { $count ->
        [one] Siunčiame jums { $count } naujausią mūsų projektų straipsnį.
        [few] Siunčiame jums { $count } naujausius mūsų projektų straipsnius.
        [many] Siunčiame jums { $count } naujausio mūsų projektų straipsnio.
       *[other] Siunčiame jums { $count } naujausių mūsų projektų straipsnių.
    }
email-read-more = Skaityti daugiau
# Tooltip of the “Read more” button.
email-read-more-about = Skaityti daugiau: { $title }
# $dates: the day or days of the event, already formatted.
email-event = Renginys: { $dates }
email-footer = Šį naujienlaiškį gaunate, nes jį užsiprenumeravote svetainėje „{ $site }“.
email-unsubscribe = Atsisakyti prenumeratos
# Heading of the numbered list of links at the end of the text version.
email-links = Nuorodos

## Internetinė versija ir archyvas (newsletter/web.html, newsletter/archive.html)

# $title: the page's own title, $site: the site title.
newsletter-document-title = { $title } – { $site }
newsletter-issue-title = Nr. { $number }
# $date: the issue's date, already formatted.
newsletter-issue-date = Išsiųsta { $date }
newsletter-archive-title = Naujienlaiškio archyvas
newsletter-archive-intro = Visi mūsų naujienlaiškio numeriai nuo naujausio iki seniausio.
newsletter-all-issues = Visi numeriai
newsletter-article-count =
    { $count ->
        [one] { $count } straipsnis
        [few] { $count } straipsniai
        [many] { $count } straipsnio
       *[other] { $count } straipsnių
    }

# In the e-mail, under an article that is an open call. $date: its deadline, already formatted.
email-call-deadline = Terminas: { $date }

# A label and what it labels on one line of the text e-mail (“Event website: https://…”),
# with the language's punctuation between them.
label-value = { $label }: { $value }
