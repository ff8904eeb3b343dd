# Textos da interface do tema predefinido do bulletin: português (norma europeia).
# Um site pode substituir qualquer mensagem com o mesmo identificador no seu próprio i18n/pt/*.ftl.
# Categorias de plural do português (CLDR, «pt»): one (0 e 1), many (1 000 000, 2 000 000 …: «1 000 000 de artigos»), other (2, 5, 21, 101 …).
# Como one inclui o 0, as mensagens cujo singular não serve para o 0 têm também uma variante [0].

## Estrutura da página (base.html)

# Skip link, the first focusable element of every page.
skip-to-content = Ir para o conteúdo
# aria-label of the main navigation.
nav-main = Menu principal
nav-home = Início
# Navigation label, heading of the tag index, label of tag lists.
tags = Etiquetas
# aria-label of the language switcher.
language-switcher = Idioma
# Footer link to the Atom feed of the current language.
feed-subscribe = Subscrever o feed Atom
# title of the <link rel="alternate"> to a feed.
# $site: site title, $language: name of the feed's language in that language.
feed-title = { $site } – feed Atom ({ $language })
json-feed-title = { $site } – feed JSON ({ $language })

## Títulos dos documentos

# $title: the page's own title, $site: the site title.
document-title = { $title } – { $site }
# Title of the second and later pages of a list.
paged-title = { $title }, página { $number } de { $total }

## Listas (index.html, section.html, tag.html, tags.html)

latest-articles = Artigos mais recentes
sections-heading = Secções
article-count =
    { $count ->
        [0] { $count } artigos
        [one] { $count } artigo
        [many] { $count } de artigos
       *[other] { $count } artigos
    }
no-articles = Ainda não foram publicados artigos aqui.
read-more = Ler mais
# Screen-reader text of the “Read more” link; must begin like read-more.
read-more-about = Ler mais: { $title }
reading-time =
    { $count ->
        [0] { $count } minutos de leitura
        [one] { $count } minuto de leitura
        [many] { $count } de minutos de leitura
       *[other] { $count } minutos de leitura
    }

## Paginação

pagination = Paginação
pagination-previous = Página anterior
pagination-next = Página seguinte
pagination-status = Página { $number } de { $total }

## Etiquetas

tag-heading = Artigos com a etiqueta «{ $name }»
tag-description =
    { $count ->
        [0] Nenhum artigo tem a etiqueta «{ $name }».
        [one] Há um artigo com a etiqueta «{ $name }».
        [many] Há { $count } de artigos com a etiqueta «{ $name }».
       *[other] Há { $count } artigos com a etiqueta «{ $name }».
    }
all-tags = Todas as etiquetas
no-tags = Ainda não há etiquetas.

## Artigos (page.html)

published = Publicado
updated = Atualizado
event-heading = Evento
event-date = Data
event-time = Hora
# $start, $end: times of day, already formatted.
time-range = { $start }–{ $end }
event-timezone = Fuso horário
event-location = Local
event-online = Online
event-link = Página do evento
toc-heading = Índice
translations-heading = Este artigo noutros idiomas
article-nav = Mais artigos
earlier-article = Artigo anterior
later-article = Artigo seguinte

## Escolha do idioma (root.html)

choose-language = Escolha o seu idioma

## Página não encontrada (404.html)

not-found-heading = Página não encontrada
not-found-text = Lamentamos, mas não existe nada neste endereço. A página pode ter mudado de endereço ou a ligação pode conter um erro.
not-found-homes = Ir para a página inicial

## Páginas que mudaram de endereço (redirect.html)

redirect-heading = Esta página mudou de endereço
redirect-text = A página vai abrir no novo endereço.
redirect-link = Ir para o novo endereço

## Navegação e rodapé (base.html)

nav-events = Eventos
nav-archive = Arquivo
# Followed by the site's languages, each by its own name, joined as a list: “Publicado em Deutsch, Català e English”.
footer-languages = Publicado em
# Link to /<lang>/events.ics, an iCalendar feed of every event.
events-subscribe = Subscrever o calendário de eventos

## Eventos (index.html, events.html)

upcoming-events = Próximos eventos
all-events = Todos os eventos
past-events = Eventos anteriores
no-upcoming-events = De momento, não há eventos previstos. Subscreva o calendário para saber quando houver novos.
events-heading = Eventos
events-description = Encontros, oficinas e seminários web dos nossos projetos: o que está para vir e o que já se realizou.
# A start time without an end time; $time is already formatted.
time-single = { $time }
event-location-unknown = A confirmar
event-add-to-calendar = Adicionar ao calendário
# Link on an event that adds it to an online calendar service; $service is the service's name
# ("Google Calendar", "Outlook.com"), inserted as it is.
event-add-to-service = Adicionar ao calendário: { $service }
# Shown on an event that is over, instead of the links that add it to a calendar.
event-ended = Este evento já terminou.

## Arquivo (archive.html)

archive-heading = Arquivo
archive-description =
    { $count ->
        [0] Ainda não foi publicado nada.
        [one] Um artigo, por ano e mês.
        [many] Todos os { $count } de artigos, por ano e mês.
       *[other] Todos os { $count } artigos, por ano e mês.
    }
# aria-label of the list of years at the top of the archive.
archive-years = Anos

## Artigos não traduzidos para o idioma da página
# $code: the language the article exists in.

only-in-language =
    { $code ->
        [bg] Disponível apenas em búlgaro
        [cs] Disponível apenas em checo
        [da] Disponível apenas em dinamarquês
        [de] Disponível apenas em alemão
        [el] Disponível apenas em grego
        [en] Disponível apenas em inglês
        [es] Disponível apenas em espanhol
        [et] Disponível apenas em estónio
        [fi] Disponível apenas em finlandês
        [fr] Disponível apenas em francês
        [ga] Disponível apenas em irlandês
        [hr] Disponível apenas em croata
        [hu] Disponível apenas em húngaro
        [it] Disponível apenas em italiano
        [lt] Disponível apenas em lituano
        [lv] Disponível apenas em letão
        [mt] Disponível apenas em maltês
        [nl] Disponível apenas em neerlandês
        [pl] Disponível apenas em polaco
        [pt] Disponível apenas em português
        [ro] Disponível apenas em romeno
        [sk] Disponível apenas em eslovaco
        [sl] Disponível apenas em esloveno
        [sv] Disponível apenas em sueco
        [ca] Disponível apenas em catalão
        [eu] Disponível apenas em basco
        [gl] Disponível apenas em galego
       *[other] Disponível apenas noutro idioma
    }

## Ficheiros de calendário (.ics), gerados em src/output/calendar.rs

# Name of the calendar of a language's events; $site: the site title.
calendar-name = { $site }: eventos
# Last lines of an event's description in a calendar.
calendar-article = Mais informações: { $url }
calendar-event-website = Página do evento: { $url }
# Título do prazo de um concurso num calendário; $title: o título do concurso.
calendar-deadline = Prazo: { $title }
# Última linha da descrição de um prazo num calendário: onde apresentar a candidatura.
calendar-call-apply = Candidaturas: { $url }

## Concursos abertos (page.html, calls.html, partials/article-item.html)

# Heading of the box on an article that is an open call.
call-heading = Concurso aberto
# Label before the call's deadline (a date, or a date and time, already formatted).
call-deadline = Prazo
# How long a call is still open; $days: whole days until the deadline's day (1 or more).
call-closes-in =
    { $days ->
        [one] Encerra daqui a { $days } dia
        [many] Encerra daqui a { $days } de dias
       *[other] Encerra daqui a { $days } dias
    }
call-closes-today = Encerra hoje
call-closed = Este concurso já encerrou.
# Link to the form or page where one applies.
call-apply = Como candidatar-se
# Ligação para o ficheiro de calendário do concurso, com o respetivo prazo.
call-add-to-calendar = Adicionar o prazo ao calendário
# Title of the list of a language's calls, and its menu entry.
calls-title = Concursos abertos
calls-none = De momento, não há concursos abertos.
# Heading above the calls whose deadline has passed, on the list.
calls-closed-heading = Concursos encerrados

## Pesquisa no site ([search] enabled = true): a página /<lang>/search/ e a respetiva entrada no menu.

# Título da página de pesquisa e da respetiva entrada no menu.
search-title = Pesquisa
# Rótulo do campo onde o leitor escreve o que procura.
search-label = Palavras a pesquisar
# Botão que inicia a pesquisa.
search-button = Pesquisar
# Mostrado em vez dos resultados quando o navegador não executa JavaScript (a pesquisa é feita no navegador).
search-needs-script = A pesquisa é feita no seu navegador e precisa de JavaScript. Sem JavaScript, o arquivo apresenta todos os artigos por mês.
# Mostrado enquanto o índice é carregado e a pesquisa decorre.
search-searching = A pesquisar…
# Por cima dos resultados. $count é, pelo menos, 1; $query é o que o leitor escreveu.
search-results =
    { $count ->
        [one] { $count } página corresponde a «{ $query }».
        [many] { $count } de páginas correspondem a «{ $query }».
       *[other] { $count } páginas correspondem a «{ $query }».
    }
# Quando nada corresponde.
search-none = Nenhuma página corresponde a «{ $query }». Experimente com menos palavras ou com outras.
# Botão por baixo dos resultados que mostra os seguintes.
search-more = Mostrar mais resultados
