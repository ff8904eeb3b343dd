# Textos de la interfície del tema per defecte de bulletin: estructura de la pàgina, menció del finançament, subscripció, cerca. Català.
# Un lloc web pot substituir qualsevol missatge amb el mateix identificador al seu i18n/ca/*.ftl.
# El català no és llengua oficial de la UE: la menció del finançament no té versió oficial de la Comissió i segueix la fórmula habitual.

## Menció del finançament (Unió Europea)

# The European Commission's wording of the funding statement, shown with the EU emblem (partials/eu-emblem.html).
funding-funded-by = Finançat per la Unió Europea
funding-cofunded-by = Cofinançat per la Unió Europea
# $number: the grant agreement's number, inserted as it is.
funding-grant-agreement = Acord de subvenció núm. { $number }
# $authority: the granting authority's name as the site gives it in this language (e.g. EACEA). It follows the
# generic term in brackets, so that it never has to be declined or take an article.
funding-views = Els punts de vista i les opinions expressats són exclusivament els de l’autor o autors i no reflecteixen necessàriament els de la Unió Europea o els de l’autoritat atorgant ({ $authority }). Ni la Unió Europea ni l’autoritat atorgant no en poden ser considerades responsables.
# The same disclaimer when the site names no granting authority.
funding-views-eu = Els punts de vista i les opinions expressats són exclusivament els de l’autor o autors i no reflecteixen necessàriament els de la Unió Europea. Ni la Unió Europea ni l’autoritat atorgant no en poden ser considerades responsables.
# Before the names or logos of the project's other funders.
funding-other = Amb el suport també de

## Peu de pàgina i identitat del lloc (base.html)

# Heading of the links to the site's social media accounts.
footer-social = Seguiu-nos

## Subscripció al butlletí

subscribe-heading = Subscriviu-vos al butlletí
# $language: the newsletter's language, by its own name, already formatted.
subscribe-intro = Rebeu les nostres notícies per correu electrònic, en { $language }.
subscribe-email = Adreça electrònica
subscribe-name = Nom (opcional)
subscribe-button = Subscriu-me
# Label of the consent checkbox.
subscribe-consent = Accepto rebre aquest butlletí per correu electrònic. Puc cancel·lar la subscripció en qualsevol moment amb l’enllaç que hi ha a cada correu.
# Link to the site's privacy notice.
subscribe-privacy = Com tractem les vostres dades
# Marks a required field.
subscribe-required = obligatori
