# Текстове на интерфейса на стандартната тема на bulletin: български.
# Сайтът може да замени всяко съобщение със съобщение със същия идентификатор в собствения си файл i18n/bg/*.ftl.
# Българският има две категории на числото (CLDR): one (само 1) и other (0, 2, 3 … 21 …, както и дробните числа).

## Рамка на страницата (base.html)

# Skip link, the first focusable element of every page.
skip-to-content = Към съдържанието
# aria-label of the main navigation.
nav-main = Главно меню
nav-home = Начало
# Navigation label, heading of the tag index, label of tag lists.
tags = Етикети
# aria-label of the language switcher.
language-switcher = Език
# Footer link to the Atom feed of the current language.
feed-subscribe = Абонирайте се за емисията Atom
# title of the <link rel="alternate"> to a feed.
# $site: site title, $language: name of the feed's language in that language.
feed-title = { $site } – емисия Atom ({ $language })
json-feed-title = { $site } – емисия JSON ({ $language })

## Заглавия на документите

# $title: the page's own title, $site: the site title.
document-title = { $title } – { $site }
# Title of the second and later pages of a list.
paged-title = { $title }, страница { $number } от { $total }

## Списъци (index.html, section.html, tag.html, tags.html)

latest-articles = Последни статии
sections-heading = Раздели
article-count =
    { $count ->
        [one] { $count } статия
       *[other] { $count } статии
    }
no-articles = Тук все още няма публикувани статии.
read-more = Прочетете още
# Screen-reader text of the “Read more” link; must begin like read-more.
read-more-about = Прочетете още: { $title }
reading-time =
    { $count ->
        [one] { $count } минута за четене
       *[other] { $count } минути за четене
    }

## Страниране

pagination = Навигация по страниците
pagination-previous = Предишна страница
pagination-next = Следваща страница
pagination-status = Страница { $number } от { $total }

## Етикети

tag-heading = Статии с етикет „{ $name }“
tag-description =
    { $count ->
        [one] Една статия има етикет „{ $name }“.
       *[other] { $count } статии имат етикет „{ $name }“.
    }
all-tags = Всички етикети
no-tags = Все още няма етикети.

## Статии (page.html)

published = Публикувано
updated = Актуализирано
event-heading = Събитие
event-date = Дата
event-time = Час
# $start, $end: times of day, already formatted.
time-range = от { $start } до { $end }
event-timezone = Часова зона
event-location = Място
event-online = Онлайн
event-link = Уебсайт на събитието
toc-heading = Съдържание
translations-heading = Тази статия на други езици
article-nav = Още статии
earlier-article = По-стара статия
later-article = По-нова статия

## Избор на език (root.html)

choose-language = Изберете език

## Страницата не е намерена (404.html)

not-found-heading = Страницата не е намерена
not-found-text = За съжаление на този адрес няма нищо. Страницата може да е преместена или във връзката да има грешка.
not-found-homes = Продължете към началната страница

## Преместени страници (redirect.html)

redirect-heading = Тази страница е преместена
redirect-text = Пренасочваме ви към новия ѝ адрес.
redirect-link = Към новия адрес

## Навигация, долен колонтитул (base.html)

nav-events = Събития
nav-archive = Архив
# Followed by the site's languages, each by its own name, joined as a list: “Published in Deutsch, Català and English”.
footer-languages = Публикува се на езиците:
# Link to /<lang>/events.ics, an iCalendar feed of every event.
events-subscribe = Абонирайте се за календара на събитията

## Събития (index.html, events.html)

upcoming-events = Предстоящи събития
all-events = Всички събития
past-events = Отминали събития
no-upcoming-events = В момента няма планирани събития. Абонирайте се за календара, за да научавате за новите.
events-heading = Събития
events-description = Срещи, работилници и уебинари по нашите проекти: какво предстои и какво вече се е състояло.
# A start time without an end time; $time is already formatted.
time-single = от { $time }
event-location-unknown = Предстои да бъде обявено
event-add-to-calendar = Добавяне в календара
# Link on an event that adds it to an online calendar service; $service is the service's name
# ("Google Calendar", "Outlook.com"), inserted as it is.
event-add-to-service = Добавяне в { $service }
# Shown on an event that is over, instead of the links that add it to a calendar.
event-ended = Събитието е приключило.

## Архив (archive.html)

archive-heading = Архив
archive-description =
    { $count ->
        [0] Все още нищо не е публикувано.
        [one] Една статия, подредена по години и месеци.
       *[other] Всички { $count } статии, подредени по години и месеци.
    }
# aria-label of the list of years at the top of the archive.
archive-years = Години

## Статии, които не са преведени на езика на страницата
# $code: the language the article exists in.

only-in-language =
    { $code ->
        [bg] Само на български
        [cs] Само на чешки
        [da] Само на датски
        [de] Само на немски
        [el] Само на гръцки
        [en] Само на английски
        [es] Само на испански
        [et] Само на естонски
        [fi] Само на фински
        [fr] Само на френски
        [ga] Само на ирландски
        [hr] Само на хърватски
        [hu] Само на унгарски
        [it] Само на италиански
        [lt] Само на литовски
        [lv] Само на латвийски
        [mt] Само на малтийски
        [nl] Само на нидерландски
        [pl] Само на полски
        [pt] Само на португалски
        [ro] Само на румънски
        [sk] Само на словашки
        [sl] Само на словенски
        [sv] Само на шведски
        [ca] Само на каталонски
        [eu] Само на баски
        [gl] Само на галисийски
       *[other] Само на друг език
    }

## Файлове на календара (.ics), създавани в src/output/calendar.rs

# Name of the calendar of a language's events; $site: the site title.
calendar-name = { $site }: събития
# Last lines of an event's description in a calendar.
calendar-article = Прочетете още: { $url }
calendar-event-website = Уебсайт на събитието: { $url }
# Заглавие на крайния срок на покана в календар; $title: заглавието на поканата.
calendar-deadline = Краен срок: { $title }
# Последен ред от описанието на крайния срок в календар: къде се кандидатства.
calendar-call-apply = Кандидатствайте: { $url }

## Отворени покани (page.html, calls.html, partials/article-item.html)

# Heading of the box on an article that is an open call.
call-heading = Отворена покана
# Label before the call's deadline (a date, or a date and time, already formatted).
call-deadline = Краен срок
# How long a call is still open; $days: whole days until the deadline's day (1 or more).
call-closes-in =
    { $days ->
        [one] Срокът изтича след { $days } ден
       *[other] Срокът изтича след { $days } дни
    }
call-closes-today = Срокът изтича днес
call-closed = Поканата е затворена.
# Link to the form or page where one applies.
call-apply = Как да кандидатствате
# Връзка към файла на календара на поканата, който съдържа крайния ѝ срок.
call-add-to-calendar = Добавяне на крайния срок в календара
# Title of the list of a language's calls, and its menu entry.
calls-title = Отворени покани
calls-none = В момента няма отворени покани.
# Heading above the calls whose deadline has passed, on the list.
calls-closed-heading = Затворени покани

## Търсене в сайта ([search] enabled = true): страницата /<lang>/search/ и елементът ѝ в менюто.

# Заглавие на страницата за търсене и на елемента ѝ в менюто.
search-title = Търсене
# Етикет на полето, в което читателят въвежда какво търси.
search-label = Думи за търсене
# Бутонът, който стартира търсенето.
search-button = Търсене
# Показва се вместо резултатите, когато браузърът не изпълнява JavaScript (търсенето се извършва в браузъра).
search-needs-script = Търсенето се извършва във вашия браузър и изисква JavaScript. Без JavaScript архивът показва всички статии по месеци.
# Показва се, докато индексът се зарежда и търсенето се извършва.
search-searching = Търсене…
# Над резултатите. $count е поне 1; $query е текстът, който е въвел читателят.
search-results =
    { $count ->
        [one] Намерена е една страница за „{ $query }“.
       *[other] Намерени са { $count } страници за „{ $query }“.
    }
# Когато няма съвпадения.
search-none = Не са намерени страници за „{ $query }“. Опитайте с по-малко или с други думи.
# Бутон под резултатите, който показва следващите.
search-more = Показване на още резултати
