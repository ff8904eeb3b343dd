# Gränssnittstexter för bulletins standardtema: sidans ram, finansieringsangivelse, anmälan, sökning. Svenska.
# En webbplats kan ersätta vilken text som helst med en text med samma id i sin egen i18n/sv/*.ftl.

## Finansieringsangivelse (Europeiska unionen)

# The European Commission's wording of the funding statement, shown with the EU emblem (partials/eu-emblem.html).
funding-funded-by = Finansieras av Europeiska unionen
funding-cofunded-by = Medfinansieras av Europeiska unionen
# $number: the grant agreement's number, inserted as it is.
funding-grant-agreement = Bidragsavtal nr { $number }
# $authority: the granting authority's name as the site gives it in this language (e.g. EACEA). It follows the
# generic term in brackets, so that it never has to be declined or take an article.
funding-views = De åsikter och synpunkter som uttrycks är endast upphovspersonens/upphovspersonernas och återspeglar inte nödvändigtvis Europeiska unionens åsikter eller åsikterna hos den beviljande myndigheten ({ $authority }). Varken Europeiska unionen eller den beviljande myndigheten kan hållas ansvariga för dem.
# The same disclaimer when the site names no granting authority.
funding-views-eu = De åsikter och synpunkter som uttrycks är endast upphovspersonens/upphovspersonernas och återspeglar inte nödvändigtvis Europeiska unionens åsikter. Varken Europeiska unionen eller den beviljande myndigheten kan hållas ansvariga för dem.
# Before the names or logos of the project's other funders.
funding-other = Stöds även av

## Sidfot och webbplatsens identitet (base.html)

# Heading of the links to the site's social media accounts.
footer-social = Följ oss

## Anmälan till nyhetsbrevet

subscribe-heading = Prenumerera på nyhetsbrevet
# $language: the newsletter's language, by its own name, already formatted.
subscribe-intro = Få våra nyheter på { $language } via e-post.
subscribe-email = E-postadress
subscribe-name = Namn (valfritt)
subscribe-button = Prenumerera
# Label of the consent checkbox.
subscribe-consent = Jag godkänner att få det här nyhetsbrevet via e-post. Jag kan när som helst avsluta prenumerationen via länken i varje utskick.
# Link to the site's privacy notice.
subscribe-privacy = Så hanterar vi dina uppgifter
# Marks a required field.
subscribe-required = obligatoriskt
