# Textes de l’interface du thème par défaut de bulletin : français.
# Un site peut remplacer tout message par un message de même identifiant dans son propre i18n/fr/*.ftl.
# Typographie : espace insécable avant « ; : ! ? » et à l’intérieur des guillemets.

## Structure de la page (base.html)

skip-to-content = Aller au contenu
nav-main = Menu principal
nav-home = Accueil
tags = Mots-clés
language-switcher = Langue
feed-subscribe = S’abonner au flux Atom
feed-title = { $site } – flux Atom ({ $language })
json-feed-title = { $site } – flux JSON Feed ({ $language })

## Titres du document

document-title = { $title } – { $site }
paged-title = { $title }, page { $number } sur { $total }

## Listes (index.html, section.html, tag.html, tags.html)

latest-articles = Derniers articles
sections-heading = Rubriques
article-count =
    { $count ->
        [one] { $count } article
        [many] { $count } d’articles
       *[other] { $count } articles
    }
no-articles = Aucun article n’a encore été publié ici.
read-more = Lire la suite
read-more-about = Lire la suite : { $title }
reading-time =
    { $count ->
        [one] { $count } minute de lecture
        [many] { $count } de minutes de lecture
       *[other] { $count } minutes de lecture
    }

## Pagination

pagination = Pagination
pagination-previous = Page précédente
pagination-next = Page suivante
pagination-status = Page { $number } sur { $total }

## Mots-clés

tag-heading = Articles avec le mot-clé « { $name } »
tag-description =
    { $count ->
        [one] Un article porte le mot-clé « { $name } ».
        [many] { $count } d’articles portent le mot-clé « { $name } ».
       *[other] { $count } articles portent le mot-clé « { $name } ».
    }
all-tags = Tous les mots-clés
no-tags = Il n’y a pas encore de mots-clés.

## Articles (page.html)

published = Publié le
updated = Mis à jour le
event-heading = Événement
event-date = Date
event-time = Horaire
time-range = { $start } – { $end }
event-timezone = Fuseau horaire
event-location = Lieu
event-online = En ligne
event-link = Site de l’événement
toc-heading = Sommaire
translations-heading = Cet article dans d’autres langues
article-nav = Autres articles
earlier-article = Article précédent
later-article = Article suivant

## Choix de la langue (root.html)

choose-language = Choisissez votre langue

## Page introuvable (404.html)

not-found-heading = Page introuvable
not-found-text = Désolés, il n’y a rien à cette adresse. La page a peut-être été déplacée, ou le lien contient une faute de frappe.
not-found-homes = Continuer sur la page d’accueil

## Pages déplacées (redirect.html)

redirect-heading = Cette page a été déplacée
redirect-text = Vous allez être redirigé vers sa nouvelle adresse.
redirect-link = Aller à la nouvelle adresse

## Navigation et pied de page (base.html)

nav-events = Agenda
nav-archive = Archives
footer-languages = Publié en
events-subscribe = S’abonner à l’agenda

## Événements (index.html, events.html)

upcoming-events = Événements à venir
all-events = Tout l’agenda
past-events = Événements passés
no-upcoming-events = Aucun événement n’est prévu pour le moment. Abonnez-vous à l’agenda pour être informé des prochains.
events-heading = Agenda
events-description = Rencontres, ateliers et webinaires de nos projets : ce qui est à venir et ce qui a déjà eu lieu.
time-single = { $time }
event-location-unknown = À préciser
event-add-to-calendar = Ajouter à mon agenda
# Link on an event that adds it to an online calendar service; $service is the service's name
# ("Google Calendar", "Outlook.com"), inserted as it is.
event-add-to-service = Ajouter à { $service }
# Shown on an event that is over, instead of the links that add it to a calendar.
event-ended = Cet événement est terminé.

## Archives (archive.html)

archive-heading = Archives
archive-description =
    { $count ->
        [0] Rien n’a encore été publié.
        [one] Un article, classé par année et par mois.
        [many] Les { $count } d’articles, classés par année et par mois.
       *[other] Les { $count } articles, classés par année et par mois.
    }
archive-years = Années

## Articles non traduits dans la langue de la page

only-in-language =
    { $code ->
        [bg] Disponible uniquement en bulgare
        [cs] Disponible uniquement en tchèque
        [da] Disponible uniquement en danois
        [de] Disponible uniquement en allemand
        [el] Disponible uniquement en grec
        [en] Disponible uniquement en anglais
        [es] Disponible uniquement en espagnol
        [et] Disponible uniquement en estonien
        [fi] Disponible uniquement en finnois
        [fr] Disponible uniquement en français
        [ga] Disponible uniquement en irlandais
        [hr] Disponible uniquement en croate
        [hu] Disponible uniquement en hongrois
        [it] Disponible uniquement en italien
        [lt] Disponible uniquement en lituanien
        [lv] Disponible uniquement en letton
        [mt] Disponible uniquement en maltais
        [nl] Disponible uniquement en néerlandais
        [pl] Disponible uniquement en polonais
        [pt] Disponible uniquement en portugais
        [ro] Disponible uniquement en roumain
        [sk] Disponible uniquement en slovaque
        [sl] Disponible uniquement en slovène
        [sv] Disponible uniquement en suédois
        [ca] Disponible uniquement en catalan
        [eu] Disponible uniquement en basque
        [gl] Disponible uniquement en galicien
       *[other] Disponible uniquement dans une autre langue
    }

## Fichiers d’agenda (.ics)

calendar-name = { $site } : agenda
calendar-article = En savoir plus : { $url }
calendar-event-website = Site de l’événement : { $url }
# Titre de la date limite d’un appel dans un agenda ; $title : le titre de l’appel.
calendar-deadline = Date limite : { $title }
# Dernière ligne de la description d’une date limite dans un agenda : où candidater.
calendar-call-apply = Candidater : { $url }

## Appels en cours (page.html, calls.html, partials/article-item.html)

# Heading of the box on an article that is an open call.
call-heading = Appel en cours
# Label before the call's deadline (a date, or a date and time, already formatted).
call-deadline = Date limite
# How long a call is still open; $days: whole days until the deadline's day (1 or more).
call-closes-in =
    { $days ->
        [one] Clôture dans { $days } jour
        [many] Clôture dans { $days } de jours
       *[other] Clôture dans { $days } jours
    }
call-closes-today = Clôture aujourd’hui
call-closed = Cet appel est clos.
# Link to the form or page where one applies.
call-apply = Comment candidater
# Lien vers le fichier d’agenda de l’appel, qui contient sa date limite.
call-add-to-calendar = Ajouter la date limite à mon agenda
# Title of the list of a language's calls, and its menu entry.
calls-title = Appels en cours
calls-none = Aucun appel n’est en cours pour le moment.
# Heading above the calls whose deadline has passed, on the list.
calls-closed-heading = Appels clos

## Recherche sur le site ([search] enabled = true) : la page /<lang>/search/ et son entrée de menu.

# Titre de la page de recherche et de son entrée de menu.
search-title = Recherche
# Libellé du champ où le lecteur saisit les mots à rechercher.
search-label = Mots à rechercher
# Bouton qui lance la recherche.
search-button = Rechercher
# Affiché à la place des résultats quand le navigateur n’exécute pas JavaScript (la recherche se fait dans le navigateur).
search-needs-script = La recherche se fait dans votre navigateur et nécessite JavaScript. Sans JavaScript, les archives présentent tous les articles mois par mois.
# Affiché pendant le chargement de l’index et la recherche.
search-searching = Recherche en cours…
# Au-dessus des résultats. $count vaut au moins 1 ; $query est le texte saisi par le lecteur.
search-results =
    { $count ->
        [one] { $count } page correspond à « { $query } ».
        [many] { $count } de pages correspondent à « { $query } ».
       *[other] { $count } pages correspondent à « { $query } ».
    }
# Quand rien ne correspond.
search-none = Aucune page ne correspond à « { $query } ». Essayez avec moins de mots ou des mots différents.
# Bouton sous les résultats, qui affiche les suivants.
search-more = Afficher plus de résultats
