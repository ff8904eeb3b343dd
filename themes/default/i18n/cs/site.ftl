# Texty uživatelského rozhraní výchozího motivu bulletin: rámec stránky, informace o financování, přihlášení k odběru, vyhledávání. Čeština.
# Web může kteroukoli zprávu nahradit zprávou se stejným ID ve vlastním souboru i18n/cs/*.ftl.
# Proměnné se neskloňují, proto jsou věty formulovány tak, aby proměnné stály v 1. pádě.

## Informace o financování (Evropská unie)

# The European Commission's wording of the funding statement, shown with the EU emblem (partials/eu-emblem.html).
funding-funded-by = Financováno Evropskou unií
funding-cofunded-by = Spolufinancováno Evropskou unií
# $number: the grant agreement's number, inserted as it is.
funding-grant-agreement = Grantová dohoda č. { $number }
# $authority: the granting authority's name as the site gives it in this language (e.g. EACEA). It follows the
# generic term in brackets, so that it never has to be declined or take an article.
funding-views = Vyjádřené názory a postoje jsou však pouze názory a postoje autora či autorů a nemusí nutně odpovídat názorům a postojům Evropské unie ani poskytovatele grantu ({ $authority }). Evropská unie ani poskytovatel grantu za ně nenesou odpovědnost.
# The same disclaimer when the site names no granting authority.
funding-views-eu = Vyjádřené názory a postoje jsou však pouze názory a postoje autora či autorů a nemusí nutně odpovídat názorům a postojům Evropské unie. Evropská unie ani poskytovatel grantu za ně nenesou odpovědnost.
# Before the names or logos of the project's other funders.
funding-other = Dále nás podporují

## Zápatí a identita webu (base.html)

# Heading of the links to the site's social media accounts.
footer-social = Sledujte nás

## Přihlášení k odběru newsletteru

subscribe-heading = Přihlaste se k odběru newsletteru
# $language: the newsletter's language, by its own name, already formatted.
subscribe-intro = Dostávejte naše novinky e-mailem. Jazyk newsletteru: { $language }.
subscribe-email = E-mailová adresa
subscribe-name = Jméno (nepovinné)
subscribe-button = Odebírat
# Label of the consent checkbox.
subscribe-consent = Souhlasím se zasíláním tohoto newsletteru e-mailem. Odhlásit se mohu kdykoli pomocí odkazu v každém e-mailu.
# Link to the site's privacy notice.
subscribe-privacy = Jak nakládáme s vašimi údaji
# Marks a required field.
subscribe-required = povinné
