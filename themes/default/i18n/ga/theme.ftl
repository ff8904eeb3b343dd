# Téacsanna comhéadain théama réamhshocraithe bulletin: Gaeilge.
# Is féidir le suíomh aon teachtaireacht a shárú trí theachtaireacht leis an aitheantas céanna a chur ina i18n/ga/*.ftl féin.
# Tá cúig chatagóir uimhreach sa Ghaeilge (CLDR): one (1), two (2), few (3–6), many (7–10) agus other (0, 11 agus os a chionn).
# Athruithe tosaigh i ndiaidh uimhreacha: séimhiú i ndiaidh 1–6 (3 chlib), urú i ndiaidh 7–10 (7 gclib, 7 n-alt);
# ó 11 ar aghaidh úsáidtear an fhoirm lom (20 clib, 20 alt), mar nach ndéanann CLDR idirdhealú idir 11–16, 17–19 agus 20.
# Comharthaí athfhriotail: “…”.

## Creatlach an leathanaigh (base.html)

# Skip link, the first focusable element of every page.
skip-to-content = Léim chuig an ábhar
# aria-label of the main navigation.
nav-main = Príomhroghchlár
nav-home = Baile
# Navigation label, heading of the tag index, label of tag lists.
tags = Clibeanna
# aria-label of the language switcher.
language-switcher = Teanga
# Footer link to the Atom feed of the current language.
feed-subscribe = Liostáil leis an bhfotha Atom
# title of the <link rel="alternate"> to a feed.
# $site: site title, $language: name of the feed's language in that language.
feed-title = { $site } – fotha Atom ({ $language })
json-feed-title = { $site } – fotha JSON ({ $language })

## Teidil na ndoiciméad

# $title: the page's own title, $site: the site title.
document-title = { $title } – { $site }
# Title of the second and later pages of a list.
paged-title = { $title }, leathanach { $number } as { $total }

## Liostaí (index.html, section.html, tag.html, tags.html)

latest-articles = Na hailt is déanaí
sections-heading = Rannóga
article-count =
    { $count ->
        [one] { $count } alt
        [two] { $count } alt
        [few] { $count } alt
        [many] { $count } n-alt
       *[other] { $count } alt
    }
no-articles = Níor foilsíodh aon alt anseo go fóill.
read-more = Léigh tuilleadh
# Screen-reader text of the “Read more” link; must begin like read-more.
read-more-about = Léigh tuilleadh: { $title }
reading-time =
    { $count ->
        [one] { $count } nóiméad léitheoireachta
        [two] { $count } nóiméad léitheoireachta
        [few] { $count } nóiméad léitheoireachta
        [many] { $count } nóiméad léitheoireachta
       *[other] { $count } nóiméad léitheoireachta
    }

## Uimhriú leathanach

pagination = Uimhriú leathanach
pagination-previous = An leathanach roimhe seo
pagination-next = An chéad leathanach eile
pagination-status = Leathanach { $number } as { $total }

## Clibeanna

tag-heading = Ailt leis an gclib “{ $name }”
tag-description =
    { $count ->
        [one] Tá an chlib “{ $name }” ar alt amháin.
        [two] Tá an chlib “{ $name }” ar dhá alt.
        [few] Tá an chlib “{ $name }” ar { $count } alt.
        [many] Tá an chlib “{ $name }” ar { $count } n-alt.
       *[other] Tá an chlib “{ $name }” ar { $count } alt.
    }
all-tags = Gach clib
no-tags = Níl aon chlibeanna ann go fóill.

## Ailt (page.html)

published = Foilsithe
updated = Nuashonraithe
event-heading = Imeacht
event-date = Dáta
event-time = Am
# $start, $end: times of day, already formatted.
time-range = { $start }–{ $end }
event-timezone = Crios ama
event-location = Ionad
event-online = Ar líne
event-link = Suíomh gréasáin an imeachta
toc-heading = Clár ábhair
translations-heading = An t-alt seo i dteangacha eile
article-nav = Ailt eile
earlier-article = Alt níos sine
later-article = Alt níos nuaí

## Rogha teanga (root.html)

choose-language = Roghnaigh do theanga

## Leathanach gan aimsiú (404.html)

not-found-heading = Níor aimsíodh an leathanach
not-found-text = Ár leithscéal, níl aon rud ag an seoladh seo. B’fhéidir gur bogadh an leathanach, nó go bhfuil botún cló sa nasc.
not-found-homes = Lean ar aghaidh chuig an leathanach baile

## Leathanaigh a bogadh (redirect.html)

redirect-heading = Bogadh an leathanach seo
redirect-text = Tá tú á atreorú chuig a sheoladh nua.
redirect-link = Téigh chuig an tseoladh nua

## Nascleanúint, buntásc (base.html)

nav-events = Imeachtaí
nav-archive = Cartlann
# Followed by the site's languages, each by its own name, joined as a list: “Published in Deutsch, Català and English”.
footer-languages = Foilsithe sna teangacha seo:
# Link to /<lang>/events.ics, an iCalendar feed of every event.
events-subscribe = Liostáil le féilire na n-imeachtaí

## Imeachtaí (index.html, events.html)

upcoming-events = Imeachtaí atá le teacht
all-events = Gach imeacht
past-events = Imeachtaí roimhe seo
no-upcoming-events = Níl aon imeacht beartaithe faoi láthair. Liostáil leis an bhféilire chun scéala a fháil faoi imeachtaí nua.
events-heading = Imeachtaí
events-description = Cruinnithe, ceardlanna agus gréasánseimineáir ár dtionscadal: a bhfuil le teacht agus a bhfuil thart.
# A start time without an end time; $time is already formatted.
time-single = { $time }
event-location-unknown = Le fógairt
event-add-to-calendar = Cuir leis an bhféilire
# Link on an event that adds it to an online calendar service; $service is the service's name
# ("Google Calendar", "Outlook.com"), inserted as it is.
event-add-to-service = Cuir leis an bhféilire: { $service }
# Shown on an event that is over, instead of the links that add it to a calendar.
event-ended = Tá an t-imeacht seo thart.

## Cartlann (archive.html)

archive-heading = Cartlann
archive-description =
    { $count ->
        [0] Níor foilsíodh aon rud go fóill.
        [one] Alt amháin, de réir bliana agus míosa.
        [two] Dhá alt, de réir bliana agus míosa.
        [few] { $count } alt san iomlán, de réir bliana agus míosa.
        [many] { $count } n-alt san iomlán, de réir bliana agus míosa.
       *[other] { $count } alt san iomlán, de réir bliana agus míosa.
    }
# aria-label of the list of years at the top of the archive.
archive-years = Blianta

## Ailt nach bhfuil aistrithe go teanga an leathanaigh
# $code: the language the article exists in.

only-in-language =
    { $code ->
        [bg] I mBulgáiris amháin
        [cs] I Seicis amháin
        [da] I nDanmhairgis amháin
        [de] I nGearmáinis amháin
        [el] I nGréigis amháin
        [en] I mBéarla amháin
        [es] I Spáinnis amháin
        [et] In Eastóinis amháin
        [fi] I bhFionlainnis amháin
        [fr] I bhFraincis amháin
        [ga] I nGaeilge amháin
        [hr] I gCróitis amháin
        [hu] In Ungáiris amháin
        [it] In Iodáilis amháin
        [lt] I Liotuáinis amháin
        [lv] I Laitvis amháin
        [mt] I Máltais amháin
        [nl] In Ollainnis amháin
        [pl] I bPolainnis amháin
        [pt] I bPortaingéilis amháin
        [ro] I Rómáinis amháin
        [sk] I Slóvaicis amháin
        [sl] I Slóivéinis amháin
        [sv] I Sualainnis amháin
        [ca] I gCatalóinis amháin
        [eu] I mBascais amháin
        [gl] I nGailísis amháin
       *[other] I dteanga eile amháin
    }

## Comhaid féilire (.ics), a dhéantar in src/output/calendar.rs

# Name of the calendar of a language's events; $site: the site title.
calendar-name = { $site }: imeachtaí
# Last lines of an event's description in a calendar.
calendar-article = Léigh tuilleadh: { $url }
calendar-event-website = Suíomh gréasáin an imeachta: { $url }
# Teideal spriocdháta glao i bhféilire; $title: teideal an ghlao.
calendar-deadline = Spriocdháta: { $title }
# An líne dheireanach sa chur síos ar spriocdháta i bhféilire: an áit a ndéantar iarratas.
calendar-call-apply = Déan iarratas: { $url }

## Glaonna oscailte (page.html, calls.html, partials/article-item.html)

# Heading of the box on an article that is an open call.
call-heading = Glao oscailte
# Label before the call's deadline (a date, or a date and time, already formatted).
call-deadline = Spriocdháta
# How long a call is still open; $days: whole days until the deadline's day (1 or more).
call-closes-in =
    { $days ->
        [one] Dúnfar i gceann { $days } lá
        [two] Dúnfar i gceann { $days } lá
        [few] Dúnfar i gceann { $days } lá
        [many] Dúnfar i gceann { $days } lá
       *[other] Dúnfar i gceann { $days } lá
    }
call-closes-today = Dúnfar inniu
call-closed = Tá an glao seo dúnta.
# Link to the form or page where one applies.
call-apply = Conas iarratas a dhéanamh
# Nasc chuig comhad féilire an ghlao, ina bhfuil a spriocdháta.
call-add-to-calendar = Cuir an spriocdháta leis an bhféilire
# Title of the list of a language's calls, and its menu entry.
calls-title = Glaonna oscailte
calls-none = Níl aon ghlao oscailte ann faoi láthair.
# Heading above the calls whose deadline has passed, on the list.
calls-closed-heading = Glaonna dúnta

## Cuardach ar an suíomh ([search] enabled = true): an leathanach /<lang>/search/ agus a mhír sa roghchlár.

# Teideal an leathanaigh cuardaigh, agus a mhír sa roghchlár.
search-title = Cuardach
# Lipéad na páirce ina gclóscríobhann an léitheoir a bhfuil á lorg aige.
search-label = Focail le cuardach
# An cnaipe a thosaíonn an cuardach.
search-button = Cuardaigh
# Taispeántar é seo in ionad na dtorthaí nuair nach ritheann an brabhsálaí JavaScript (ritheann an cuardach sa bhrabhsálaí).
search-needs-script = Ritheann an cuardach i do bhrabhsálaí agus teastaíonn JavaScript uaidh. Gan JavaScript, liostaítear gach alt de réir míosa sa chartlann.
# Taispeántar é seo fad atá an t-innéacs á lódáil agus an cuardach ar siúl.
search-searching = Ag cuardach…
# Os cionn na dtorthaí. Is 1 ar a laghad é $count; is é $query an téacs a chlóscríobh an léitheoir.
search-results =
    { $count ->
        [one] Aimsíodh leathanach amháin do “{ $query }”.
        [two] Aimsíodh { $count } leathanach do “{ $query }”.
        [few] Aimsíodh { $count } leathanach do “{ $query }”.
        [many] Aimsíodh { $count } leathanach do “{ $query }”.
       *[other] Aimsíodh { $count } leathanach do “{ $query }”.
    }
# Nuair nach n-aimsítear aon rud.
search-none = Níor aimsíodh aon leathanach do “{ $query }”. Bain triail as níos lú focal nó as focail eile.
# Cnaipe faoi na torthaí a thaispeánann an chéad chuid eile.
search-more = Taispeáin tuilleadh torthaí
