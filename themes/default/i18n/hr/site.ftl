# Tekstovi sučelja zadane teme bulletin: okvir stranice, izjava o financiranju, prijava na bilten, pretraživanje. Hrvatski.
# Mrežno mjesto može zamijeniti bilo koju poruku porukom s istim ID-om u vlastitoj datoteci i18n/hr/*.ftl.
# Varijable se ne sklanjaju, pa su rečenice sročene tako da varijable stoje u nominativu.

## Izjava o financiranju (Europska unija)

# The European Commission's wording of the funding statement, shown with the EU emblem (partials/eu-emblem.html).
funding-funded-by = Financira Europska unija
funding-cofunded-by = Sufinancira Europska unija
# $number: the grant agreement's number, inserted as it is.
funding-grant-agreement = Sporazum o dodjeli bespovratnih sredstava br. { $number }
# $authority: the granting authority's name as the site gives it in this language (e.g. EACEA). It follows the
# generic term in brackets, so that it never has to be declined or take an article.
funding-views = Izneseni stavovi i mišljenja samo su stavovi i mišljenja autora i ne odražavaju nužno stavove Europske unije ili tijela koje dodjeljuje sredstva ({ $authority }). Ni Europska unija ni tijelo koje dodjeljuje sredstva ne mogu se smatrati odgovornima za njih.
# The same disclaimer when the site names no granting authority.
funding-views-eu = Izneseni stavovi i mišljenja samo su stavovi i mišljenja autora i ne odražavaju nužno stavove Europske unije. Ni Europska unija ni tijelo koje dodjeljuje sredstva ne mogu se smatrati odgovornima za njih.
# Before the names or logos of the project's other funders.
funding-other = Podržavaju nas i

## Podnožje i identitet mrežnog mjesta (base.html)

# Heading of the links to the site's social media accounts.
footer-social = Pratite nas

## Prijava na bilten

subscribe-heading = Pretplatite se na bilten
# $language: the newsletter's language, by its own name, already formatted.
subscribe-intro = Primajte naše novosti e-poštom. Jezik biltena: { $language }.
subscribe-email = Adresa e-pošte
subscribe-name = Ime (nije obavezno)
subscribe-button = Pretplati se
# Label of the consent checkbox.
subscribe-consent = Pristajem na primanje ovog biltena e-poštom. Mogu se odjaviti u bilo kojem trenutku putem poveznice u svakoj poruci.
# Link to the site's privacy notice.
subscribe-privacy = Kako postupamo s vašim podacima
# Marks a required field.
subscribe-required = obavezno
