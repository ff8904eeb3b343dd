# Texty používateľského rozhrania predvolenej témy bulletin: rámec stránky, informácia o financovaní, prihlásenie na odber, vyhľadávanie. Slovenčina.
# Web môže ktorúkoľvek správu nahradiť správou s rovnakým ID vo vlastnom súbore i18n/sk/*.ftl.
# Premenné sa neskloňujú, preto sú vety sformulované tak, aby premenné stáli v nominatíve.

## Informácia o financovaní (Európska únia)

# The European Commission's wording of the funding statement, shown with the EU emblem (partials/eu-emblem.html).
funding-funded-by = Financované Európskou úniou
funding-cofunded-by = Spolufinancované Európskou úniou
# $number: the grant agreement's number, inserted as it is.
funding-grant-agreement = Dohoda o grante č. { $number }
# $authority: the granting authority's name as the site gives it in this language (e.g. EACEA). It follows the
# generic term in brackets, so that it never has to be declined or take an article.
funding-views = Vyjadrené názory a postoje sú však výlučne názormi a postojmi autora či autorov a nemusia nevyhnutne odrážať názory a postoje Európskej únie ani poskytovateľa grantu ({ $authority }). Európska únia ani poskytovateľ grantu za ne nenesú zodpovednosť.
# The same disclaimer when the site names no granting authority.
funding-views-eu = Vyjadrené názory a postoje sú však výlučne názormi a postojmi autora či autorov a nemusia nevyhnutne odrážať názory a postoje Európskej únie. Európska únia ani poskytovateľ grantu za ne nenesú zodpovednosť.
# Before the names or logos of the project's other funders.
funding-other = Podporujú nás aj

## Päta a identita webu (base.html)

# Heading of the links to the site's social media accounts.
footer-social = Sledujte nás

## Prihlásenie na odber newslettera

subscribe-heading = Prihláste sa na odber newslettera
# $language: the newsletter's language, by its own name, already formatted.
subscribe-intro = Dostávajte naše novinky e-mailom. Jazyk newslettera: { $language }.
subscribe-email = E-mailová adresa
subscribe-name = Meno (nepovinné)
subscribe-button = Odoberať
# Label of the consent checkbox.
subscribe-consent = Súhlasím so zasielaním tohto newslettera e-mailom. Odhlásiť sa môžem kedykoľvek pomocou odkazu v každom e-maile.
# Link to the site's privacy notice.
subscribe-privacy = Ako spracúvame vaše údaje
# Marks a required field.
subscribe-required = povinné
