# Interfaceteksten van het standaardthema van bulletin: paginaopbouw, financieringsvermelding, aanmelding, zoeken. Nederlands.
# Een site kan elke tekst vervangen door een tekst met dezelfde id in haar eigen i18n/nl/*.ftl.

## Financieringsvermelding (Europese Unie)

# The European Commission's wording of the funding statement, shown with the EU emblem (partials/eu-emblem.html).
funding-funded-by = Gefinancierd door de Europese Unie
funding-cofunded-by = Medegefinancierd door de Europese Unie
# $number: the grant agreement's number, inserted as it is.
funding-grant-agreement = Subsidieovereenkomst nr. { $number }
# $authority: the granting authority's name as the site gives it in this language (e.g. EACEA). It follows the
# generic term in brackets, so that it never has to be declined or take an article.
funding-views = De geuite standpunten en meningen zijn echter uitsluitend die van de auteur(s) en komen niet noodzakelijk overeen met die van de Europese Unie of de subsidieverlenende instantie ({ $authority }). Noch de Europese Unie, noch de subsidieverlenende instantie kan ervoor aansprakelijk worden gesteld.
# The same disclaimer when the site names no granting authority.
funding-views-eu = De geuite standpunten en meningen zijn echter uitsluitend die van de auteur(s) en komen niet noodzakelijk overeen met die van de Europese Unie. Noch de Europese Unie, noch de subsidieverlenende instantie kan ervoor aansprakelijk worden gesteld.
# Before the names or logos of the project's other funders.
funding-other = Ook ondersteund door

## Voettekst en identiteit van de site (base.html)

# Heading of the links to the site's social media accounts.
footer-social = Volg ons

## Aanmelden voor de nieuwsbrief

subscribe-heading = Schrijf u in voor de nieuwsbrief
# $language: the newsletter's language, by its own name, already formatted.
subscribe-intro = Ontvang ons nieuws per e-mail, in het { $language }.
subscribe-email = E-mailadres
subscribe-name = Naam (optioneel)
subscribe-button = Inschrijven
# Label of the consent checkbox.
subscribe-consent = Ik ga ermee akkoord deze nieuwsbrief per e-mail te ontvangen. Ik kan me op elk moment afmelden via de link in elke e-mail.
# Link to the site's privacy notice.
subscribe-privacy = Hoe wij met uw gegevens omgaan
# Marks a required field.
subscribe-required = verplicht
