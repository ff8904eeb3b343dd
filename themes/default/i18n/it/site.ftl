# Testi dell’interfaccia del tema predefinito di bulletin: struttura della pagina, dichiarazione di finanziamento, iscrizione, ricerca. Italiano.
# Un sito può sostituire qualsiasi messaggio con lo stesso identificativo nel proprio i18n/it/*.ftl.

## Dichiarazione di finanziamento (Unione europea)

# The European Commission's wording of the funding statement, shown with the EU emblem (partials/eu-emblem.html).
funding-funded-by = Finanziato dall’Unione europea
funding-cofunded-by = Cofinanziato dall’Unione europea
# $number: the grant agreement's number, inserted as it is.
funding-grant-agreement = Convenzione di sovvenzione n. { $number }
# $authority: the granting authority's name as the site gives it in this language (e.g. EACEA). It follows the
# generic term in brackets, so that it never has to be declined or take an article.
funding-views = Le opinioni espresse appartengono, tuttavia, al solo o ai soli autori e non riflettono necessariamente le opinioni dell’Unione europea o dell’autorità concedente ({ $authority }). Né l’Unione europea né l’autorità concedente possono esserne ritenute responsabili.
# The same disclaimer when the site names no granting authority.
funding-views-eu = Le opinioni espresse appartengono, tuttavia, al solo o ai soli autori e non riflettono necessariamente le opinioni dell’Unione europea. Né l’Unione europea né l’autorità concedente possono esserne ritenute responsabili.
# Before the names or logos of the project's other funders.
funding-other = Con il sostegno anche di

## Piè di pagina e identità del sito (base.html)

# Heading of the links to the site's social media accounts.
footer-social = Seguici

## Iscrizione alla newsletter

subscribe-heading = Iscriviti alla newsletter
# $language: the newsletter's language, by its own name, already formatted.
subscribe-intro = Ricevi le nostre notizie via e-mail, in { $language }.
subscribe-email = Indirizzo e-mail
subscribe-name = Nome (facoltativo)
subscribe-button = Iscriviti
# Label of the consent checkbox.
subscribe-consent = Accetto di ricevere questa newsletter via e-mail. Posso annullare l’iscrizione in qualsiasi momento con il link presente in ogni e-mail.
# Link to the site's privacy notice.
subscribe-privacy = Come trattiamo i tuoi dati
# Marks a required field.
subscribe-required = obbligatorio
