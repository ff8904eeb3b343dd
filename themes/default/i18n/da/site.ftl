# Brugerfladetekster til bulletins standardtema: sidens ramme, finansieringserklæring, tilmelding, søgning. Dansk.
# Et websted kan erstatte enhver tekst med en tekst med samme id i sin egen i18n/da/*.ftl.

## Finansieringserklæring (Den Europæiske Union)

# The European Commission's wording of the funding statement, shown with the EU emblem (partials/eu-emblem.html).
funding-funded-by = Finansieret af Den Europæiske Union
funding-cofunded-by = Medfinansieret af Den Europæiske Union
# $number: the grant agreement's number, inserted as it is.
funding-grant-agreement = Tilskudsaftale nr. { $number }
# $authority: the granting authority's name as the site gives it in this language (e.g. EACEA). It follows the
# generic term in brackets, so that it never has to be declined or take an article.
funding-views = De synspunkter og holdninger, der kommer til udtryk, er udelukkende forfatterens/forfatternes og afspejler ikke nødvendigvis holdningerne hos Den Europæiske Union eller den bevilgende myndighed ({ $authority }). Hverken Den Europæiske Union eller den bevilgende myndighed kan holdes ansvarlig for dem.
# The same disclaimer when the site names no granting authority.
funding-views-eu = De synspunkter og holdninger, der kommer til udtryk, er udelukkende forfatterens/forfatternes og afspejler ikke nødvendigvis Den Europæiske Unions holdninger. Hverken Den Europæiske Union eller den bevilgende myndighed kan holdes ansvarlig for dem.
# Before the names or logos of the project's other funders.
funding-other = Også støttet af

## Sidefod og webstedets identitet (base.html)

# Heading of the links to the site's social media accounts.
footer-social = Følg os

## Tilmelding til nyhedsbrevet

subscribe-heading = Tilmeld dig nyhedsbrevet
# $language: the newsletter's language, by its own name, already formatted.
subscribe-intro = Få vores nyheder på { $language } via e-mail.
subscribe-email = E-mailadresse
subscribe-name = Navn (valgfrit)
subscribe-button = Tilmeld
# Label of the consent checkbox.
subscribe-consent = Jeg accepterer at modtage dette nyhedsbrev via e-mail. Jeg kan til enhver tid afmelde mig via linket i hver e-mail.
# Link to the site's privacy notice.
subscribe-privacy = Sådan behandler vi dine oplysninger
# Marks a required field.
subscribe-required = skal udfyldes
