# UI-Texte der E-Mail-Ausgabe des Newsletters, ihrer Webversion und des Archivs: Deutsch.
# Eine Website kann jede Nachricht in ihrer eigenen i18n/de/*.ftl mit derselben ID überschreiben.

## Die E-Mail (newsletter/email.html und newsletter/email.txt)

email-subject = { $site }, Ausgabe { $number }
email-preheader =
    { $count ->
        [one] In dieser Ausgabe: { $titles }
       *[other] { $count } Beiträge in dieser Ausgabe: { $titles }
    }
email-view-in-browser = Im Browser ansehen
email-issue-line = Ausgabe { $number } · { $date }
email-greeting = Hallo,
email-intro =
    { $count ->
        [one] hier ist der neueste Beitrag aus unseren Projekten.
       *[other] hier sind die { $count } neuesten Beiträge aus unseren Projekten.
    }
email-read-more = Weiterlesen
email-read-more-about = Weiterlesen: { $title }
email-event = Veranstaltung: { $dates }
email-footer = Sie erhalten diesen Newsletter, weil Sie { $site } abonniert haben.
email-unsubscribe = Abmelden
email-links = Links

## Webversion und Archiv (newsletter/web.html, newsletter/archive.html)

newsletter-document-title = { $title } – { $site }
newsletter-issue-title = Ausgabe { $number }
newsletter-issue-date = Versandt am { $date }
newsletter-archive-title = Newsletter-Archiv
newsletter-archive-intro = Alle Ausgaben unseres Newsletters, die neueste zuerst.
newsletter-all-issues = Alle Ausgaben
newsletter-article-count =
    { $count ->
        [one] { $count } Beitrag
       *[other] { $count } Beiträge
    }

# In the e-mail, under an article that is an open call. $date: its deadline, already formatted.
email-call-deadline = Bewerbungsschluss: { $date }

# A label and what it labels on one line of the text e-mail (“Event website: https://…”),
# with the language's punctuation between them.
label-value = { $label }: { $value }
