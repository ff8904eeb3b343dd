# Testi tal-interfaċċa tat-tema predefinita ta’ bulletin: Malti.
# Sit jista’ jissostitwixxi kwalunkwe messaġġ b’messaġġ bl-istess ID fl-i18n/mt/*.ftl tiegħu stess.
# Il-Malti għandu ħames kategoriji tan-numru (CLDR): one (1), two (2), few (0, 3–10, 103–110 …),
# many (11–19, 111–119 …) u other (20–101, 102, 120 …).
# Wara n-numru: 1 artiklu, 2 artikli, 3–10 artikli, 11–19 bil-partiċella -il (11-il artiklu), minn 20 ’il fuq bis-singular (20 artiklu).
# Virgoletti: “…”; l-apostrofu: ’.

## Il-qafas tal-paġna (base.html)

# Skip link, the first focusable element of every page.
skip-to-content = Aqbeż għall-kontenut
# aria-label of the main navigation.
nav-main = Menu ewlieni
nav-home = Paġna ewlenija
# Navigation label, heading of the tag index, label of tag lists.
tags = Tikketti
# aria-label of the language switcher.
language-switcher = Lingwa
# Footer link to the Atom feed of the current language.
feed-subscribe = Abbona għall-feed Atom
# title of the <link rel="alternate"> to a feed.
# $site: site title, $language: name of the feed's language in that language.
feed-title = { $site } – feed Atom ({ $language })
json-feed-title = { $site } – feed JSON ({ $language })

## Titoli tad-dokumenti

# $title: the page's own title, $site: the site title.
document-title = { $title } – { $site }
# Title of the second and later pages of a list.
paged-title = { $title }, paġna { $number } minn { $total }

## Listi (index.html, section.html, tag.html, tags.html)

latest-articles = L-aħħar artikli
sections-heading = Taqsimiet
article-count =
    { $count ->
        [one] { $count } artiklu
        [two] { $count } artikli
        [few] { $count } artikli
        [many] { $count }-il artiklu
       *[other] { $count } artiklu
    }
no-articles = Għadu ma ġie ppubblikat l-ebda artiklu hawnhekk.
read-more = Aqra aktar
# Screen-reader text of the “Read more” link; must begin like read-more.
read-more-about = Aqra aktar: { $title }
reading-time =
    { $count ->
        [one] Qari ta’ { $count } minuta
        [two] Qari ta’ { $count } minuti
        [few] Qari ta’ { $count } minuti
        [many] Qari ta’ { $count }-il minuta
       *[other] Qari ta’ { $count } minuta
    }

## Paġnazzjoni

pagination = Paġnazzjoni
pagination-previous = Il-paġna ta’ qabel
pagination-next = Il-paġna li jmiss
pagination-status = Paġna { $number } minn { $total }

## Tikketti

tag-heading = Artikli bit-tikketta “{ $name }”
tag-description =
    { $count ->
        [one] Artiklu wieħed għandu t-tikketta “{ $name }”.
        [two] Żewġ artikli għandhom it-tikketta “{ $name }”.
        [few] { $count } artikli għandhom it-tikketta “{ $name }”.
        [many] { $count }-il artiklu għandhom it-tikketta “{ $name }”.
       *[other] { $count } artiklu għandhom it-tikketta “{ $name }”.
    }
all-tags = It-tikketti kollha
no-tags = Għad m’hemmx tikketti.

## Artikli (page.html)

published = Ippubblikat
updated = Aġġornat
event-heading = Avveniment
event-date = Data
event-time = Ħin
# $start, $end: times of day, already formatted.
time-range = { $start }–{ $end }
event-timezone = Żona tal-ħin
event-location = Post
event-online = Online
event-link = Sit web tal-avveniment
toc-heading = Werrej
translations-heading = Dan l-artiklu b’lingwi oħra
article-nav = Aktar artikli
earlier-article = Artiklu eqdem
later-article = Artiklu aktar ġdid

## Għażla tal-lingwa (root.html)

choose-language = Agħżel il-lingwa tiegħek

## Paġna mhux misjuba (404.html)

not-found-heading = Il-paġna ma nstabitx
not-found-text = Jiddispjaċina, m’hemm xejn f’dan l-indirizz. Il-paġna setgħet ġiet ittrasferita, jew il-link jista’ jkun fih żball tal-ittajpjar.
not-found-homes = Kompli fil-paġna ewlenija

## Paġni ttrasferiti (redirect.html)

redirect-heading = Din il-paġna ġiet ittrasferita
redirect-text = Qed tittieħed fl-indirizz il-ġdid tagħha.
redirect-link = Mur fl-indirizz il-ġdid

## Navigazzjoni, footer (base.html)

nav-events = Avvenimenti
nav-archive = Arkivju
# Followed by the site's languages, each by its own name, joined as a list: “Published in Deutsch, Català and English”.
footer-languages = Ippubblikat b’dawn il-lingwi:
# Link to /<lang>/events.ics, an iCalendar feed of every event.
events-subscribe = Abbona għall-kalendarju tal-avvenimenti

## Avvenimenti (index.html, events.html)

upcoming-events = Avvenimenti li ġejjin
all-events = L-avvenimenti kollha
past-events = Avvenimenti li saru
no-upcoming-events = Bħalissa m’hemm l-ebda avveniment ippjanat. Abbona għall-kalendarju biex tkun taf bl-avvenimenti l-ġodda.
events-heading = Avvenimenti
events-description = Laqgħat, sessjonijiet ta’ ħidma u webinars tal-proġetti tagħna: x’ġej u x’sar diġà.
# A start time without an end time; $time is already formatted.
time-single = { $time }
event-location-unknown = Għad irid jitħabbar
event-add-to-calendar = Żid mal-kalendarju
# Link on an event that adds it to an online calendar service; $service is the service's name
# ("Google Calendar", "Outlook.com"), inserted as it is.
event-add-to-service = Żid ma’ { $service }
# Shown on an event that is over, instead of the links that add it to a calendar.
event-ended = Dan l-avveniment intemm.

## Arkivju (archive.html)

archive-heading = Arkivju
archive-description =
    { $count ->
        [0] Għadu ma ġie ppubblikat xejn.
        [one] Artiklu wieħed, skont is-sena u x-xahar.
        [two] Iż-żewġ artikli, skont is-sena u x-xahar.
        [few] { $count } artikli b’kollox, skont is-sena u x-xahar.
        [many] { $count }-il artiklu b’kollox, skont is-sena u x-xahar.
       *[other] { $count } artiklu b’kollox, skont is-sena u x-xahar.
    }
# aria-label of the list of years at the top of the archive.
archive-years = Snin

## Artikli mhux tradotti fil-lingwa tal-paġna
# $code: the language the article exists in.

only-in-language =
    { $code ->
        [bg] Bil-Bulgaru biss
        [cs] Biċ-Ċek biss
        [da] Bid-Daniż biss
        [de] Bil-Ġermaniż biss
        [el] Bil-Grieg biss
        [en] Bl-Ingliż biss
        [es] Bl-Ispanjol biss
        [et] Bl-Estonjan biss
        [fi] Bil-Finlandiż biss
        [fr] Bil-Franċiż biss
        [ga] Bl-Irlandiż biss
        [hr] Bil-Kroat biss
        [hu] Bl-Ungeriż biss
        [it] Bit-Taljan biss
        [lt] Bil-Litwan biss
        [lv] Bil-Latvjan biss
        [mt] Bil-Malti biss
        [nl] Bl-Olandiż biss
        [pl] Bil-Pollakk biss
        [pt] Bil-Portugiż biss
        [ro] Bir-Rumen biss
        [sk] Bis-Slovakk biss
        [sl] Bis-Sloven biss
        [sv] Bl-Iżvediż biss
        [ca] Bil-Katalan biss
        [eu] Bil-Bask biss
        [gl] Bil-Galizjan biss
       *[other] B’lingwa oħra biss
    }

## Fajls tal-kalendarju (.ics), magħmula f’src/output/calendar.rs

# Name of the calendar of a language's events; $site: the site title.
calendar-name = { $site }: avvenimenti
# Last lines of an event's description in a calendar.
calendar-article = Aqra aktar: { $url }
calendar-event-website = Sit web tal-avveniment: { $url }
# It-titlu tad-data tal-għeluq ta’ sejħa f’kalendarju; $title: it-titlu tas-sejħa.
calendar-deadline = Data tal-għeluq: { $title }
# L-aħħar linja tad-deskrizzjoni tad-data tal-għeluq f’kalendarju: fejn wieħed japplika.
calendar-call-apply = Applika: { $url }

## Sejħiet miftuħa (page.html, calls.html, partials/article-item.html)

# Heading of the box on an article that is an open call.
call-heading = Sejħa miftuħa
# Label before the call's deadline (a date, or a date and time, already formatted).
call-deadline = Data tal-għeluq
# How long a call is still open; $days: whole days until the deadline's day (1 or more).
call-closes-in =
    { $days ->
        [one] Tagħlaq fi żmien { $days } jum
        [two] Tagħlaq fi żmien jumejn
        [few] Tagħlaq fi żmien { $days } ijiem
        [many] Tagħlaq fi żmien { $days }-il jum
       *[other] Tagħlaq fi żmien { $days } jum
    }
call-closes-today = Tagħlaq illum
call-closed = Din is-sejħa għalqet.
# Link to the form or page where one applies.
call-apply = Kif tapplika
# Link għall-fajl tal-kalendarju tas-sejħa, li fih id-data tal-għeluq tagħha.
call-add-to-calendar = Żid id-data tal-għeluq mal-kalendarju
# Title of the list of a language's calls, and its menu entry.
calls-title = Sejħiet miftuħa
calls-none = Bħalissa m’hemm l-ebda sejħa miftuħa.
# Heading above the calls whose deadline has passed, on the list.
calls-closed-heading = Sejħiet magħluqa

## Tfittxija fis-sit ([search] enabled = true): il-paġna /<lang>/search/ u l-entrata tagħha fil-menu.

# It-titlu tal-paġna tat-tfittxija u tal-entrata tagħha fil-menu.
search-title = Tfittxija
# It-tikketta tal-qasam fejn il-qarrej jikteb x’qed ifittex.
search-label = Kliem li trid tfittex
# Il-buttuna li tibda t-tfittxija.
search-button = Fittex
# Jintwera minflok ir-riżultati meta l-browser ma jħaddimx JavaScript (it-tfittxija ssir fil-browser).
search-needs-script = It-tfittxija ssir fil-browser tiegħek u teħtieġ JavaScript. Mingħajr JavaScript, l-arkivju juri l-artikli kollha xahar b’xahar.
# Jintwera waqt li l-indiċi jitgħabba u t-tfittxija tkun għaddejja.
search-searching = Qed infittxu…
# Fuq ir-riżultati. $count huwa mill-inqas 1; $query huwa dak li kiteb il-qarrej.
search-results =
    { $count ->
        [one] Instabet paġna waħda għal “{ $query }”.
        [two] Instabu { $count } paġni għal “{ $query }”.
        [few] Instabu { $count } paġni għal “{ $query }”.
        [many] Instabu { $count }-il paġna għal “{ $query }”.
       *[other] Instabu { $count } paġna għal “{ $query }”.
    }
# Meta ma jinstab xejn.
search-none = Ma nstabet l-ebda paġna għal “{ $query }”. Ipprova b’inqas kliem jew bi kliem ieħor.
# Buttuna taħt ir-riżultati li turi dawk ta’ wara.
search-more = Uri aktar riżultati
