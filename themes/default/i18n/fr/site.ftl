# Textes de l’interface du thème par défaut de bulletin : cadre des pages, mention du financement, inscription, recherche. Français.
# Un site peut remplacer tout message par un message de même identifiant dans son propre i18n/fr/*.ftl.
# Typographie : espace insécable entre « n° » et le numéro.

## Mention du financement (Union européenne)

# The European Commission's wording of the funding statement, shown with the EU emblem (partials/eu-emblem.html).
funding-funded-by = Financé par l’Union européenne
funding-cofunded-by = Cofinancé par l’Union européenne
# $number: the grant agreement's number, inserted as it is.
funding-grant-agreement = Convention de subvention n° { $number }
# $authority: the granting authority's name as the site gives it in this language (e.g. EACEA). It follows the
# generic term in brackets, so that it never has to be declined or take an article.
funding-views = Les points de vue et avis exprimés n’engagent toutefois que leur(s) auteur(s) et ne reflètent pas nécessairement ceux de l’Union européenne ou de l’autorité octroyante ({ $authority }). Ni l’Union européenne ni l’autorité octroyante ne sauraient en être tenues pour responsables.
# The same disclaimer when the site names no granting authority.
funding-views-eu = Les points de vue et avis exprimés n’engagent toutefois que leur(s) auteur(s) et ne reflètent pas nécessairement ceux de l’Union européenne. Ni l’Union européenne ni l’autorité octroyante ne sauraient en être tenues pour responsables.
# Before the names or logos of the project's other funders.
funding-other = Avec également le soutien de

## Pied de page et identité du site (base.html)

# Heading of the links to the site's social media accounts.
footer-social = Suivez-nous

## Inscription à la lettre d’information

subscribe-heading = Abonnez-vous à la lettre d’information
# $language: the newsletter's language, by its own name, already formatted.
subscribe-intro = Recevez nos actualités par e-mail, en { $language }.
subscribe-email = Adresse e-mail
subscribe-name = Nom (facultatif)
subscribe-button = S’abonner
# Label of the consent checkbox.
subscribe-consent = J’accepte de recevoir cette lettre d’information par e-mail. Je peux me désabonner à tout moment grâce au lien présent dans chaque e-mail.
# Link to the site's privacy notice.
subscribe-privacy = Comment nous traitons vos données
# Marks a required field.
subscribe-required = obligatoire
