# Numatytosios „bulletin“ temos sąsajos tekstai: puslapio rėmas, finansavimo nuoroda, prenumerata, paieška. Lietuvių kalba.
# Svetainė gali pakeisti bet kurį pranešimą, savo i18n/lt/*.ftl faile apibrėžusi pranešimą tuo pačiu ID.
# Kintamieji nelinksniuojami, todėl sakiniai suformuluoti taip, kad kintamieji liktų vardininke.

## Finansavimo nuoroda (Europos Sąjunga)

# The European Commission's wording of the funding statement, shown with the EU emblem (partials/eu-emblem.html).
funding-funded-by = Finansuoja Europos Sąjunga
funding-cofunded-by = Bendrai finansuoja Europos Sąjunga
# $number: the grant agreement's number, inserted as it is.
funding-grant-agreement = Dotacijos sutartis Nr. { $number }
# $authority: the granting authority's name as the site gives it in this language (e.g. EACEA). It follows the
# generic term in brackets, so that it never has to be declined or take an article.
funding-views = Tačiau išreikšti požiūriai ir nuomonės yra tik autoriaus (-ių) ir nebūtinai atspindi Europos Sąjungos arba dotaciją skiriančios institucijos ({ $authority }) požiūrį. Nei Europos Sąjunga, nei dotaciją skirianti institucija negali būti laikomos už juos atsakingomis.
# The same disclaimer when the site names no granting authority.
funding-views-eu = Tačiau išreikšti požiūriai ir nuomonės yra tik autoriaus (-ių) ir nebūtinai atspindi Europos Sąjungos požiūrį. Nei Europos Sąjunga, nei dotaciją skirianti institucija negali būti laikomos už juos atsakingomis.
# Before the names or logos of the project's other funders.
funding-other = Taip pat remia

## Poraštė ir svetainės tapatybė (base.html)

# Heading of the links to the site's social media accounts.
footer-social = Sekite mus

## Naujienlaiškio prenumerata

subscribe-heading = Užsiprenumeruokite naujienlaiškį
# $language: the newsletter's language, by its own name, already formatted.
subscribe-intro = Gaukite mūsų naujienas el. paštu. Naujienlaiškio kalba: { $language }.
subscribe-email = El. pašto adresas
subscribe-name = Vardas (neprivaloma)
subscribe-button = Prenumeruoti
# Label of the consent checkbox.
subscribe-consent = Sutinku gauti šį naujienlaiškį el. paštu. Prenumeratos bet kada galiu atsisakyti per nuorodą, esančią kiekviename laiške.
# Link to the site's privacy notice.
subscribe-privacy = Kaip tvarkome jūsų duomenis
# Marks a required field.
subscribe-required = privaloma
