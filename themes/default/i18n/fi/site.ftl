# bulletin-ohjelman oletusteeman käyttöliittymätekstit: sivun kehys, rahoitusmaininta, uutiskirjeen tilaus, haku. Suomi.
# Sivusto voi korvata minkä tahansa tekstin omassa i18n/fi/*.ftl-tiedostossaan tekstillä, jolla on sama tunniste.
# Muuttujia ei voi taivuttaa, joten lauseet on muotoiltu niin, että muuttujat ovat perusmuodossa.

## Rahoitusmaininta (Euroopan unioni)

# The European Commission's wording of the funding statement, shown with the EU emblem (partials/eu-emblem.html).
funding-funded-by = Euroopan unionin rahoittama
funding-cofunded-by = Euroopan unionin osarahoittama
# $number: the grant agreement's number, inserted as it is.
funding-grant-agreement = Avustussopimus nro { $number }
# $authority: the granting authority's name as the site gives it in this language (e.g. EACEA). It follows the
# generic term in brackets, so that it never has to be declined or take an article.
funding-views = Esitetyt näkemykset ja mielipiteet ovat kuitenkin ainoastaan tekijän tai tekijöiden omia, eivätkä ne välttämättä vastaa Euroopan unionin tai avustuksen myöntäjän ({ $authority }) näkemyksiä. Euroopan unioni tai avustuksen myöntäjä ei ole vastuussa niistä.
# The same disclaimer when the site names no granting authority.
funding-views-eu = Esitetyt näkemykset ja mielipiteet ovat kuitenkin ainoastaan tekijän tai tekijöiden omia, eivätkä ne välttämättä vastaa Euroopan unionin näkemyksiä. Euroopan unioni tai avustuksen myöntäjä ei ole vastuussa niistä.
# Before the names or logos of the project's other funders.
funding-other = Muut tukijat

## Alatunniste ja sivuston tunnus (base.html)

# Heading of the links to the site's social media accounts.
footer-social = Seuraa meitä

## Uutiskirjeen tilauslomake

subscribe-heading = Tilaa uutiskirje
# $language: the newsletter's language, by its own name, already formatted.
subscribe-intro = Saat uutisemme sähköpostiisi. Uutiskirjeen kieli: { $language }.
subscribe-email = Sähköpostiosoite
subscribe-name = Nimi (vapaaehtoinen)
subscribe-button = Tilaa
# Label of the consent checkbox.
subscribe-consent = Suostun vastaanottamaan tämän uutiskirjeen sähköpostitse. Voin perua tilauksen milloin tahansa jokaisessa viestissä olevasta linkistä.
# Link to the site's privacy notice.
subscribe-privacy = Miten käsittelemme tietojasi
# Marks a required field.
subscribe-required = pakollinen
