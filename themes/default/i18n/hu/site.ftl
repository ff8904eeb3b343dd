# A bulletin alapértelmezett témájának felületi szövegei: oldalkeret, finanszírozási nyilatkozat, feliratkozás, keresés. Magyar.
# A webhely bármelyik üzenetet felülírhatja, ha a saját i18n/hu/*.ftl fájljában azonos azonosítóval megad egy üzenetet.
# A változók elé nem kerülhet névelő (a/az), és toldalék sem kapcsolható hozzájuk, ezért ahol kell, a mondat át van fogalmazva.

## Finanszírozási nyilatkozat (Európai Unió)

# The European Commission's wording of the funding statement, shown with the EU emblem (partials/eu-emblem.html).
funding-funded-by = Az Európai Unió finanszírozásával
funding-cofunded-by = Az Európai Unió társfinanszírozásával
# $number: the grant agreement's number, inserted as it is.
funding-grant-agreement = Támogatási megállapodás száma: { $number }
# $authority: the granting authority's name as the site gives it in this language (e.g. EACEA). It follows the
# generic term in brackets, so that it never has to be declined or take an article.
funding-views = Az itt szereplő vélemények és állítások azonban kizárólag a szerző(k) álláspontját tükrözik, és nem feltétlenül egyeznek meg az Európai Unió vagy a támogatást nyújtó hatóság ({ $authority }) álláspontjával. Sem az Európai Unió, sem a támogatást nyújtó hatóság nem vonható felelősségre miattuk.
# The same disclaimer when the site names no granting authority.
funding-views-eu = Az itt szereplő vélemények és állítások azonban kizárólag a szerző(k) álláspontját tükrözik, és nem feltétlenül egyeznek meg az Európai Unió álláspontjával. Sem az Európai Unió, sem a támogatást nyújtó hatóság nem vonható felelősségre miattuk.
# Before the names or logos of the project's other funders.
funding-other = További támogatók

## Lábléc és a webhely azonosítása (base.html)

# Heading of the links to the site's social media accounts.
footer-social = Kövessen minket

## Feliratkozás a hírlevélre

subscribe-heading = Iratkozzon fel hírlevelünkre
# $language: the newsletter's language, by its own name, already formatted.
subscribe-intro = Kapja meg híreinket e-mailben. A hírlevél nyelve: { $language }.
subscribe-email = E-mail-cím
subscribe-name = Név (nem kötelező)
subscribe-button = Feliratkozás
# Label of the consent checkbox.
subscribe-consent = Hozzájárulok, hogy ezt a hírlevelet e-mailben megkapjam. Bármikor leiratkozhatok a minden e-mailben megtalálható hivatkozással.
# Link to the site's privacy notice.
subscribe-privacy = Hogyan kezeljük az adatait
# Marks a required field.
subscribe-required = kötelező
