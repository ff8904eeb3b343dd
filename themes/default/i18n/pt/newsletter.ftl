# Textos da edição por correio eletrónico da newsletter, da sua versão web e do arquivo: português (norma europeia).
# Um site pode substituir qualquer mensagem com o mesmo identificador no seu próprio i18n/pt/*.ftl.

## O e-mail (newsletter/email.html e newsletter/email.txt)

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
email-greeting = Olá,
# The paragraph after the greeting.
email-intro =
    { $count ->
        [0] Ainda não há artigos novos dos nossos projetos.
        [one] Eis o artigo mais recente dos nossos projetos.
        [many] Eis os { $count } de artigos mais recentes dos nossos projetos.
       *[other] Eis os { $count } artigos mais recentes dos nossos projetos.
    }
email-read-more = Ler mais
# Tooltip of the “Read more” button.
email-read-more-about = Ler mais: { $title }
# $dates: the day or days of the event, already formatted.
email-event = Evento: { $dates }
email-footer = Recebe esta newsletter porque a subscreveu no site { $site }.
email-unsubscribe = Cancelar a subscrição
# Heading of the numbered list of links at the end of the text version.
email-links = Ligações

## Versão web e arquivo (newsletter/web.html, newsletter/archive.html)

# $title: the page's own title, $site: the site title.
newsletter-document-title = { $title } – { $site }
newsletter-issue-title = Número { $number }
# $date: the issue's date, already formatted.
newsletter-issue-date = Enviado em { $date }
newsletter-archive-title = Arquivo da newsletter
newsletter-archive-intro = Todos os números da nossa newsletter, do mais recente para o mais antigo.
newsletter-all-issues = Todos os números
newsletter-article-count =
    { $count ->
        [0] { $count } artigos
        [one] { $count } artigo
        [many] { $count } de artigos
       *[other] { $count } artigos
    }

# In the e-mail, under an article that is an open call. $date: its deadline, already formatted.
email-call-deadline = Prazo: { $date }

# A label and what it labels on one line of the text e-mail (“Event website: https://…”),
# with the language's punctuation between them.
label-value = { $label }: { $value }
