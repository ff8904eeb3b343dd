# Textes de l’édition par courriel de la lettre d’information, de sa version web et des archives : français.
# Un site peut remplacer tout message du même identifiant dans son propre i18n/fr/*.ftl.

## Le courriel (newsletter/email.html et newsletter/email.txt)

email-subject = { $site }, numéro { $number }
email-preheader =
    { $count ->
        [one] Dans ce numéro : { $titles }
        [many] { $count } d’articles dans ce numéro : { $titles }
       *[other] { $count } articles dans ce numéro : { $titles }
    }
email-view-in-browser = Afficher dans le navigateur
email-issue-line = Numéro { $number } · { $date }
email-greeting = Bonjour,
email-intro =
    { $count ->
        [one] Voici le dernier article de nos projets.
        [many] Voici les { $count } de derniers articles de nos projets.
       *[other] Voici les { $count } derniers articles de nos projets.
    }
email-read-more = Lire la suite
email-read-more-about = Lire la suite : { $title }
email-event = Événement : { $dates }
email-footer = Vous recevez cette lettre d’information car vous êtes abonné à { $site }.
email-unsubscribe = Se désabonner
email-links = Liens

## Version web et archives (newsletter/web.html, newsletter/archive.html)

newsletter-document-title = { $title } – { $site }
newsletter-issue-title = Numéro { $number }
newsletter-issue-date = Envoyé le { $date }
newsletter-archive-title = Archives de la lettre d’information
newsletter-archive-intro = Tous les numéros de notre lettre d’information, du plus récent au plus ancien.
newsletter-all-issues = Tous les numéros
newsletter-article-count =
    { $count ->
        [one] { $count } article
        [many] { $count } d’articles
       *[other] { $count } articles
    }

# In the e-mail, under an article that is an open call. $date: its deadline, already formatted.
email-call-deadline = Date limite : { $date }

# A label and what it labels on one line of the text e-mail (“Event website: https://…”),
# with the language's punctuation between them.
label-value = { $label } : { $value }
