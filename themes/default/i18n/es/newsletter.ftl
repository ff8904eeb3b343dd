# Textos de la edición por correo electrónico del boletín, de su versión web y del archivo: español.
# Un sitio puede sustituir cualquier mensaje con el mismo identificador en su propio i18n/es/*.ftl.

## El correo (newsletter/email.html y newsletter/email.txt)

email-subject = { $site }, número { $number }
email-preheader =
    { $count ->
        [one] En este número: { $titles }
        [many] { $count } de artículos en este número: { $titles }
       *[other] { $count } artículos en este número: { $titles }
    }
email-view-in-browser = Ver en el navegador
email-issue-line = Número { $number } · { $date }
email-greeting = Hola:
email-intro =
    { $count ->
        [one] Te enviamos el artículo más reciente de nuestros proyectos.
        [many] Te enviamos los { $count } de artículos más recientes de nuestros proyectos.
       *[other] Te enviamos los { $count } artículos más recientes de nuestros proyectos.
    }
email-read-more = Leer más
email-read-more-about = Leer más: { $title }
email-event = Evento: { $dates }
email-footer = Recibes este boletín porque te suscribiste a { $site }.
email-unsubscribe = Darse de baja
email-links = Enlaces

## Versión web y archivo (newsletter/web.html, newsletter/archive.html)

newsletter-document-title = { $title } – { $site }
newsletter-issue-title = Número { $number }
newsletter-issue-date = Enviado el { $date }
newsletter-archive-title = Archivo del boletín
newsletter-archive-intro = Todos los números de nuestro boletín, del más reciente al más antiguo.
newsletter-all-issues = Todos los números
newsletter-article-count =
    { $count ->
        [one] { $count } artículo
        [many] { $count } de artículos
       *[other] { $count } artículos
    }

# In the e-mail, under an article that is an open call. $date: its deadline, already formatted.
email-call-deadline = Fecha límite: { $date }

# A label and what it labels on one line of the text e-mail (“Event website: https://…”),
# with the language's punctuation between them.
label-value = { $label }: { $value }
