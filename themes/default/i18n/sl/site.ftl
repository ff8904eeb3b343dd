# Besedila vmesnika privzete teme bulletin: ogrodje strani, navedba financiranja, prijava na glasilo, iskanje. Slovenščina.
# Spletišče lahko katero koli sporočilo nadomesti s sporočilom z istim ID-jem v svojem i18n/sl/*.ftl.
# Spremenljivke se ne sklanjajo, zato so povedi oblikovane tako, da so spremenljivke v imenovalniku.

## Navedba financiranja (Evropska unija)

# The European Commission's wording of the funding statement, shown with the EU emblem (partials/eu-emblem.html).
funding-funded-by = Financira Evropska unija
funding-cofunded-by = Sofinancira Evropska unija
# $number: the grant agreement's number, inserted as it is.
funding-grant-agreement = Sporazum o dodelitvi nepovratnih sredstev št. { $number }
# $authority: the granting authority's name as the site gives it in this language (e.g. EACEA). It follows the
# generic term in brackets, so that it never has to be declined or take an article.
funding-views = Izražena stališča in mnenja so zgolj stališča in mnenja avtorja oziroma avtorjev ter ne odražajo nujno stališč Evropske unije ali organa za dodelitev sredstev ({ $authority }). Zanje ne moreta biti odgovorna niti Evropska unija niti organ za dodelitev sredstev.
# The same disclaimer when the site names no granting authority.
funding-views-eu = Izražena stališča in mnenja so zgolj stališča in mnenja avtorja oziroma avtorjev ter ne odražajo nujno stališč Evropske unije. Zanje ne moreta biti odgovorna niti Evropska unija niti organ za dodelitev sredstev.
# Before the names or logos of the project's other funders.
funding-other = Podpirajo nas tudi

## Noga in identiteta spletišča (base.html)

# Heading of the links to the site's social media accounts.
footer-social = Sledite nam

## Prijava na glasilo

subscribe-heading = Naročite se na glasilo
# $language: the newsletter's language, by its own name, already formatted.
subscribe-intro = Prejemajte naše novice po e-pošti. Jezik glasila: { $language }.
subscribe-email = E-poštni naslov
subscribe-name = Ime (neobvezno)
subscribe-button = Naroči se
# Label of the consent checkbox.
subscribe-consent = Strinjam se s prejemanjem tega glasila po e-pošti. Odjavim se lahko kadar koli prek povezave v vsakem sporočilu.
# Link to the site's privacy notice.
subscribe-privacy = Kako obdelujemo vaše podatke
# Marks a required field.
subscribe-required = obvezno
