# Uudiskirja e-posti väljaande, selle veebiversiooni ja arhiivi tekstid: eesti keel.
# Veebileht võib iga teksti asendada oma failis i18n/et/*.ftl sama ID-ga tekstiga.

## E-kiri (newsletter/email.html ja newsletter/email.txt)

# E-kirja teemarida ja <title>. $site: veebilehe pealkiri, $number: uudiskirja number.
email-subject = { $site }, nr { $number }
# Eelvaatetekst, mida e-postiprogrammid näitavad teema järel.
# $count: artiklite arv, $titles: nende pealkirjad, eraldatud märgiga „ · “.
email-preheader =
    { $count ->
        [one] Selles numbris: { $titles }
       *[other] Selles numbris { $count } artiklit: { $titles }
    }
# Link veebiversioonile, üleval ja jaluses.
email-view-in-browser = Vaata brauseris
# Veebilehe pealkirja all. $date: numbri kuupäev, juba vormindatud.
email-issue-line = Nr { $number } · { $date }
email-greeting = Tere!
# Tervitusele järgnev lõik.
email-intro =
    { $count ->
        [one] Siin on meie projektide uusim artikkel.
       *[other] Siin on meie projektide { $count } uusimat artiklit.
    }
email-read-more = Loe edasi
# Nupu „Loe edasi“ kohtspikker.
email-read-more-about = Loe edasi: { $title }
# $dates: sündmuse päev või päevad, juba vormindatud.
email-event = Sündmus: { $dates }
email-footer = Saate seda uudiskirja, sest olete selle tellinud veebilehelt { $site }.
email-unsubscribe = Tühista tellimus
# Tekstiversiooni lõpus oleva nummerdatud lingiloendi pealkiri.
email-links = Lingid

## Veebiversioon ja arhiiv (newsletter/web.html, newsletter/archive.html)

# $title: lehe enda pealkiri, $site: veebilehe pealkiri.
newsletter-document-title = { $title } – { $site }
newsletter-issue-title = Uudiskiri nr { $number }
# $date: numbri kuupäev, juba vormindatud.
newsletter-issue-date = Saadetud: { $date }
newsletter-archive-title = Uudiskirja arhiiv
newsletter-archive-intro = Kõik meie uudiskirja numbrid, uusimad eespool.
newsletter-all-issues = Kõik numbrid
newsletter-article-count =
    { $count ->
        [one] { $count } artikkel
       *[other] { $count } artiklit
    }

# In the e-mail, under an article that is an open call. $date: its deadline, already formatted.
email-call-deadline = Tähtaeg: { $date }

# A label and what it labels on one line of the text e-mail (“Event website: https://…”),
# with the language's punctuation between them.
label-value = { $label }: { $value }
