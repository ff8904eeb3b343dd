# UI-Texte des Standard-Themes von bulletin: Seitenrahmen, Förderhinweis, Newsletter-Anmeldung, Suche. Deutsch.
# Eine Website kann jede Nachricht in ihrer eigenen i18n/de/*.ftl mit derselben ID überschreiben.

## Förderhinweis (Europäische Union)

# The European Commission's wording of the funding statement, shown with the EU emblem (partials/eu-emblem.html).
funding-funded-by = Finanziert von der Europäischen Union
funding-cofunded-by = Kofinanziert von der Europäischen Union
# $number: the grant agreement's number, inserted as it is.
funding-grant-agreement = Finanzhilfevereinbarung Nr. { $number }
# $authority: the granting authority's name as the site gives it in this language (e.g. EACEA). It follows the
# generic term in brackets, so that it never has to be declined or take an article.
funding-views = Die geäußerten Ansichten und Meinungen entsprechen jedoch ausschließlich denen des Autors bzw. der Autoren und spiegeln nicht zwingend die der Europäischen Union oder der Bewilligungsbehörde ({ $authority }) wider. Weder die Europäische Union noch die Bewilligungsbehörde können dafür verantwortlich gemacht werden.
# The same disclaimer when the site names no granting authority.
funding-views-eu = Die geäußerten Ansichten und Meinungen entsprechen jedoch ausschließlich denen des Autors bzw. der Autoren und spiegeln nicht zwingend die der Europäischen Union wider. Weder die Europäische Union noch die Bewilligungsbehörde können dafür verantwortlich gemacht werden.
# Before the names or logos of the project's other funders.
funding-other = Außerdem gefördert von

## Fußzeile und Identität der Website (base.html)

# Heading of the links to the site's social media accounts.
footer-social = Folgen Sie uns

## Newsletter-Anmeldung

subscribe-heading = Newsletter abonnieren
# $language: the newsletter's language, by its own name, already formatted.
subscribe-intro = Erhalten Sie unsere Neuigkeiten per E-Mail auf { $language }.
subscribe-email = E-Mail-Adresse
subscribe-name = Name (optional)
subscribe-button = Abonnieren
# Label of the consent checkbox.
subscribe-consent = Ich bin damit einverstanden, diesen Newsletter per E-Mail zu erhalten. Ich kann mich jederzeit über den Link in jeder E-Mail abmelden.
# Link to the site's privacy notice.
subscribe-privacy = So gehen wir mit Ihren Daten um
# Marks a required field.
subscribe-required = Pflichtfeld
