# Textos de l’edició per correu electrònic del butlletí, de la versió web i de l’arxiu: català.
# Un lloc web pot substituir qualsevol missatge amb el mateix identificador al seu i18n/ca/*.ftl.

## El correu (newsletter/email.html i newsletter/email.txt)

email-subject = { $site }, número { $number }
email-preheader =
    { $count ->
        [one] En aquest número: { $titles }
        [many] { $count } d’articles en aquest número: { $titles }
       *[other] { $count } articles en aquest número: { $titles }
    }
email-view-in-browser = Mostra’l al navegador
email-issue-line = Número { $number } · { $date }
email-greeting = Hola,
email-intro =
    { $count ->
        [one] Us fem arribar l’article més recent dels nostres projectes.
        [many] Us fem arribar els { $count } d’articles més recents dels nostres projectes.
       *[other] Us fem arribar els { $count } articles més recents dels nostres projectes.
    }
email-read-more = Llegiu-ne més
email-read-more-about = Llegiu-ne més: { $title }
email-event = Esdeveniment: { $dates }
email-footer = Rebeu aquest butlletí perquè us vau subscriure a { $site }.
email-unsubscribe = Cancel·la la subscripció
email-links = Enllaços

## Versió web i arxiu (newsletter/web.html, newsletter/archive.html)

newsletter-document-title = { $title } – { $site }
newsletter-issue-title = Número { $number }
newsletter-issue-date = Enviat el { $date }
newsletter-archive-title = Arxiu del butlletí
newsletter-archive-intro = Tots els números del nostre butlletí, del més recent al més antic.
newsletter-all-issues = Tots els números
newsletter-article-count =
    { $count ->
        [one] { $count } article
        [many] { $count } d’articles
       *[other] { $count } articles
    }

# In the e-mail, under an article that is an open call. $date: its deadline, already formatted.
email-call-deadline = Data límit: { $date }

# A label and what it labels on one line of the text e-mail (“Event website: https://…”),
# with the language's punctuation between them.
label-value = { $label }: { $value }
