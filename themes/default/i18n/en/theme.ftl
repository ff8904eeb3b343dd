# UI strings of the default bulletin theme: English.
# A site can override any message with the same id in its own i18n/en/*.ftl.

## Page furniture (base.html)

# Skip link, the first focusable element of every page.
skip-to-content = Skip to content
# aria-label of the main navigation.
nav-main = Main menu
nav-home = Home
# Navigation label, heading of the tag index, label of tag lists.
tags = Tags
# aria-label of the language switcher.
language-switcher = Language
# Footer link to the Atom feed of the current language.
feed-subscribe = Subscribe to the Atom feed
# title of the <link rel="alternate"> to a feed.
# $site: site title, $language: name of the feed's language in that language.
feed-title = { $site } – Atom feed ({ $language })
json-feed-title = { $site } – JSON feed ({ $language })

## Document titles

# $title: the page's own title, $site: the site title.
document-title = { $title } – { $site }
# Title of the second and later pages of a list.
paged-title = { $title }, page { $number } of { $total }

## Lists (index.html, section.html, tag.html, tags.html)

latest-articles = Latest articles
sections-heading = Sections
article-count =
    { $count ->
        [one] { $count } article
       *[other] { $count } articles
    }
no-articles = No articles have been published here yet.
read-more = Read more
# Screen-reader text of the “Read more” link; must begin like read-more.
read-more-about = Read more: { $title }
reading-time =
    { $count ->
        [one] { $count } min read
       *[other] { $count } min read
    }

## Pagination

pagination = Pagination
pagination-previous = Previous page
pagination-next = Next page
pagination-status = Page { $number } of { $total }

## Tags

tag-heading = Articles tagged “{ $name }”
tag-description =
    { $count ->
        [one] One article is tagged “{ $name }”.
       *[other] { $count } articles are tagged “{ $name }”.
    }
all-tags = All tags
no-tags = There are no tags yet.

## Articles (page.html)

published = Published
updated = Updated
event-heading = Event
event-date = Date
event-time = Time
# $start, $end: times of day, already formatted.
time-range = { $start }–{ $end }
event-timezone = Time zone
event-location = Location
event-online = Online
event-link = Event website
toc-heading = Contents
translations-heading = This article in other languages
article-nav = More articles
earlier-article = Older article
later-article = Newer article

## Language chooser (root.html)

choose-language = Choose your language

## Not found (404.html)

not-found-heading = Page not found
not-found-text = Sorry, there is nothing at this address. The page may have moved, or the link may contain a typo.
not-found-homes = Continue on the home page

## Moved pages (redirect.html)

redirect-heading = This page has moved
redirect-text = You are being taken to its new address.
redirect-link = Go to the new address

## Navigation, footer (base.html)

nav-events = Events
nav-archive = Archive
# Followed by the site's languages, each by its own name, joined as a list: “Published in Deutsch, Català and English”.
footer-languages = Published in
# Link to /<lang>/events.ics, an iCalendar feed of every event.
events-subscribe = Subscribe to the events calendar

## Events (index.html, events.html)

upcoming-events = Upcoming events
all-events = All events
past-events = Past events
no-upcoming-events = No events are planned at the moment. Subscribe to the calendar to hear about new ones.
events-heading = Events
events-description = Meetings, workshops and webinars of our projects: what is coming up and what has taken place.
# A start time without an end time; $time is already formatted.
time-single = { $time }
event-location-unknown = To be announced
event-add-to-calendar = Add to calendar
# Link on an event that adds it to an online calendar service; $service is the service's name
# ("Google Calendar", "Outlook.com"), inserted as it is.
event-add-to-service = Add to { $service }
# Shown on an event that is over, instead of the links that add it to a calendar.
event-ended = This event has ended.

## Archive (archive.html)

archive-heading = Archive
archive-description =
    { $count ->
        [0] Nothing has been published yet.
        [one] One article, by year and month.
       *[other] All { $count } articles, by year and month.
    }
# aria-label of the list of years at the top of the archive.
archive-years = Years

## Articles not translated into the page's language
# $code: the language the article exists in.

only-in-language =
    { $code ->
        [bg] Only in Bulgarian
        [cs] Only in Czech
        [da] Only in Danish
        [de] Only in German
        [el] Only in Greek
        [en] Only in English
        [es] Only in Spanish
        [et] Only in Estonian
        [fi] Only in Finnish
        [fr] Only in French
        [ga] Only in Irish
        [hr] Only in Croatian
        [hu] Only in Hungarian
        [it] Only in Italian
        [lt] Only in Lithuanian
        [lv] Only in Latvian
        [mt] Only in Maltese
        [nl] Only in Dutch
        [pl] Only in Polish
        [pt] Only in Portuguese
        [ro] Only in Romanian
        [sk] Only in Slovak
        [sl] Only in Slovenian
        [sv] Only in Swedish
        [ca] Only in Catalan
        [eu] Only in Basque
        [gl] Only in Galician
       *[other] Only in another language
    }

## Calendar files (.ics), made in src/output/calendar.rs

# Name of the calendar of a language's events; $site: the site title.
calendar-name = { $site }: events
# Last lines of an event's description in a calendar.
calendar-article = Read more: { $url }
calendar-event-website = Event website: { $url }
# Title of a call's deadline in a calendar; $title: the call's title.
calendar-deadline = Deadline: { $title }
# Last line of a deadline's description in a calendar: where one applies.
calendar-call-apply = Apply: { $url }

## Open calls (page.html, calls.html, partials/article-item.html)

# Heading of the box on an article that is an open call.
call-heading = Open call
# Label before the call's deadline (a date, or a date and time, already formatted).
call-deadline = Deadline
# How long a call is still open; $days: whole days until the deadline's day (1 or more).
call-closes-in =
    { $days ->
        [one] Closes in { $days } day
       *[other] Closes in { $days } days
    }
call-closes-today = Closes today
call-closed = This call is closed.
# Link to the form or page where one applies.
call-apply = How to apply
# Link to the call's calendar file, which holds its deadline.
call-add-to-calendar = Add the deadline to your calendar
# Title of the list of a language's calls, and its menu entry.
calls-title = Open calls
calls-none = There are no open calls at the moment.
# Heading above the calls whose deadline has passed, on the list.
calls-closed-heading = Closed calls

## Site search ([search] enabled = true): the page /<lang>/search/ and its menu entry.

# Title of the search page, and its menu entry.
search-title = Search
# Label of the field where the reader types what to look for.
search-label = Words to look for
# The button that starts the search.
search-button = Search
# Shown instead of results when the browser runs no JavaScript (the search runs in the browser).
search-needs-script = The search runs in your browser and needs JavaScript. Without it, the archive lists every article by month.
# Shown while the index loads and the search runs.
search-searching = Searching…
# Above the results. $count is at least 1; $query is what the reader typed.
search-results =
    { $count ->
        [one] One page matches “{ $query }”.
       *[other] { $count } pages match “{ $query }”.
    }
# When nothing matches.
search-none = No page matches “{ $query }”. Try fewer or other words.
# Button below the results that shows the next ones.
search-more = Show more results
