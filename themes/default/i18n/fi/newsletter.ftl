# Uutiskirjeen sähköpostiversion, verkkoversion ja arkiston tekstit: suomi.
# Sivusto voi korvata minkä tahansa tekstin omassa i18n/fi/*.ftl-tiedostossaan tekstillä, jolla on sama tunniste.

## Sähköposti (newsletter/email.html ja newsletter/email.txt)

# Sähköpostin aiherivi ja <title>. $site: sivuston nimi, $number: uutiskirjeen numero.
email-subject = { $site }, numero { $number }
# Esikatseluteksti, jonka sähköpostiohjelmat näyttävät aiheen jälkeen.
# $count: artikkelien määrä, $titles: niiden otsikot ” · ”-merkein erotettuina.
email-preheader =
    { $count ->
        [one] Tässä numerossa: { $titles }
       *[other] Tässä numerossa { $count } artikkelia: { $titles }
    }
# Linkki verkkoversioon, ylhäällä ja alatunnisteessa.
email-view-in-browser = Avaa selaimessa
# Sivuston nimen alla. $date: numeron päivämäärä valmiiksi muotoiltuna.
email-issue-line = Numero { $number } · { $date }
email-greeting = Hei!
# Tervehdyksen jälkeinen kappale.
email-intro =
    { $count ->
        [one] Tässä on hankkeidemme uusin artikkeli.
       *[other] Tässä on hankkeidemme { $count } uusinta artikkelia.
    }
email-read-more = Lue lisää
# ”Lue lisää” -painikkeen työkaluvihje.
email-read-more-about = Lue lisää: { $title }
# $dates: tapahtuman päivä tai päivät valmiiksi muotoiltuina.
email-event = Tapahtuma: { $dates }
email-footer = Saat tämän uutiskirjeen, koska olet tilannut sen sivustolta { $site }.
email-unsubscribe = Peru tilaus
# Tekstiversion lopussa olevan numeroidun linkkiluettelon otsikko.
email-links = Linkit

## Verkkoversio ja arkisto (newsletter/web.html, newsletter/archive.html)

# $title: sivun oma otsikko, $site: sivuston nimi.
newsletter-document-title = { $title } – { $site }
newsletter-issue-title = Numero { $number }
# $date: numeron päivämäärä valmiiksi muotoiltuna.
newsletter-issue-date = Lähetetty { $date }
newsletter-archive-title = Uutiskirjearkisto
newsletter-archive-intro = Uutiskirjeemme kaikki numerot uusimmasta alkaen.
newsletter-all-issues = Kaikki numerot
newsletter-article-count =
    { $count ->
        [one] { $count } artikkeli
       *[other] { $count } artikkelia
    }

# In the e-mail, under an article that is an open call. $date: its deadline, already formatted.
email-call-deadline = Määräaika: { $date }

# A label and what it labels on one line of the text e-mail (“Event website: https://…”),
# with the language's punctuation between them.
label-value = { $label }: { $value }
