# Textele interfeței temei implicite bulletin: cadrul paginii, mențiunea privind finanțarea, abonare, căutare. Română.
# Un site poate înlocui orice mesaj cu unul care are același identificator în propriul i18n/ro/*.ftl.

## Mențiunea privind finanțarea (Uniunea Europeană)

# The European Commission's wording of the funding statement, shown with the EU emblem (partials/eu-emblem.html).
funding-funded-by = Finanțat de Uniunea Europeană
funding-cofunded-by = Cofinanțat de Uniunea Europeană
# $number: the grant agreement's number, inserted as it is.
funding-grant-agreement = Acordul de grant nr. { $number }
# $authority: the granting authority's name as the site gives it in this language (e.g. EACEA). It follows the
# generic term in brackets, so that it never has to be declined or take an article.
funding-views = Cu toate acestea, punctele de vedere și opiniile exprimate aparțin exclusiv autorului sau autorilor și nu reflectă neapărat pozițiile Uniunii Europene sau ale autorității care acordă finanțarea ({ $authority }). Nici Uniunea Europeană, nici autoritatea care acordă finanțarea nu pot fi trase la răspundere pentru acestea.
# The same disclaimer when the site names no granting authority.
funding-views-eu = Cu toate acestea, punctele de vedere și opiniile exprimate aparțin exclusiv autorului sau autorilor și nu reflectă neapărat pozițiile Uniunii Europene. Nici Uniunea Europeană, nici autoritatea care acordă finanțarea nu pot fi trase la răspundere pentru acestea.
# Before the names or logos of the project's other funders.
funding-other = Alți susținători

## Subsolul și identitatea site-ului (base.html)

# Heading of the links to the site's social media accounts.
footer-social = Urmăriți-ne

## Abonarea la buletinul informativ

subscribe-heading = Abonați-vă la buletinul informativ
# $language: the newsletter's language, by its own name, already formatted.
subscribe-intro = Primiți noutățile noastre prin e-mail, în { $language }.
subscribe-email = Adresă de e-mail
subscribe-name = Nume (opțional)
subscribe-button = Abonare
# Label of the consent checkbox.
subscribe-consent = Sunt de acord să primesc acest buletin informativ prin e-mail. Mă pot dezabona oricând folosind linkul din fiecare e-mail.
# Link to the site's privacy notice.
subscribe-privacy = Cum prelucrăm datele dumneavoastră
# Marks a required field.
subscribe-required = obligatoriu
