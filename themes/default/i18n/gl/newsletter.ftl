# Textos da edición por correo electrónico do boletín, da súa versión web e do arquivo: galego.
# Un sitio web pode substituír calquera mensaxe co mesmo identificador no seu propio i18n/gl/*.ftl.

## O correo (newsletter/email.html e newsletter/email.txt)

# Subject line and <title> of the e-mail. $site: the site title, $number: the issue number.
email-subject = { $site }, número { $number }
# Preview text that mail clients show after the subject.
# $count: number of articles, $titles: their titles, separated by “ · ”.
email-preheader =
    { $count ->
        [one] Neste número: { $titles }
        [many] { $count } de artigos neste número: { $titles }
       *[other] { $count } artigos neste número: { $titles }
    }
# Link to the web version, at the top and in the footer.
email-view-in-browser = Ver no navegador
# Under the site title. $date: the issue's date, already formatted.
email-issue-line = Número { $number } · { $date }
email-greeting = Ola:
# The paragraph after the greeting.
email-intro =
    { $count ->
        [one] Enviámosche o artigo máis recente dos nosos proxectos.
        [many] Enviámosche os { $count } de artigos máis recentes dos nosos proxectos.
       *[other] Enviámosche os { $count } artigos máis recentes dos nosos proxectos.
    }
email-read-more = Ler máis
# Tooltip of the “Read more” button.
email-read-more-about = Ler máis: { $title }
# $dates: the day or days of the event, already formatted.
email-event = Evento: { $dates }
email-footer = Recibes este boletín porque te subscribiches a { $site }.
email-unsubscribe = Darse de baixa
# Heading of the numbered list of links at the end of the text version.
email-links = Ligazóns

## Versión web e arquivo (newsletter/web.html, newsletter/archive.html)

# $title: the page's own title, $site: the site title.
newsletter-document-title = { $title } – { $site }
newsletter-issue-title = Número { $number }
# $date: the issue's date, already formatted.
newsletter-issue-date = Enviado o { $date }
newsletter-archive-title = Arquivo do boletín
newsletter-archive-intro = Todos os números do noso boletín, do máis recente ao máis antigo.
newsletter-all-issues = Todos os números
newsletter-article-count =
    { $count ->
        [one] { $count } artigo
        [many] { $count } de artigos
       *[other] { $count } artigos
    }

# In the e-mail, under an article that is an open call. $date: its deadline, already formatted.
email-call-deadline = Data límite: { $date }

# A label and what it labels on one line of the text e-mail (“Event website: https://…”),
# with the language's punctuation between them.
label-value = { $label }: { $value }
