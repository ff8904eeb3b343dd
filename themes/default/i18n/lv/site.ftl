# Noklusējuma „bulletin” motīva saskarnes teksti: lapas ietvars, finansējuma norāde, abonēšana, meklēšana. Latviešu valoda.
# Vietne var aizstāt jebkuru ziņojumu, savā i18n/lv/*.ftl failā definējot ziņojumu ar tādu pašu ID.
# Mainīgos nevar locīt, tāpēc teikumi veidoti tā, lai mainīgie paliktu nominatīvā.

## Finansējuma norāde (Eiropas Savienība)

# The European Commission's wording of the funding statement, shown with the EU emblem (partials/eu-emblem.html).
funding-funded-by = Finansē Eiropas Savienība
funding-cofunded-by = Līdzfinansē Eiropas Savienība
# $number: the grant agreement's number, inserted as it is.
funding-grant-agreement = Dotācijas nolīgums Nr. { $number }
# $authority: the granting authority's name as the site gives it in this language (e.g. EACEA). It follows the
# generic term in brackets, so that it never has to be declined or take an article.
funding-views = Tomēr paustie uzskati un viedokļi ir tikai autora(-u) uzskati un viedokļi un ne vienmēr atspoguļo Eiropas Savienības vai dotācijas piešķīrējas iestādes ({ $authority }) uzskatus un viedokļus. Ne Eiropas Savienību, ne dotācijas piešķīrēju iestādi nevar saukt pie atbildības par tiem.
# The same disclaimer when the site names no granting authority.
funding-views-eu = Tomēr paustie uzskati un viedokļi ir tikai autora(-u) uzskati un viedokļi un ne vienmēr atspoguļo Eiropas Savienības uzskatus un viedokļus. Ne Eiropas Savienību, ne dotācijas piešķīrēju iestādi nevar saukt pie atbildības par tiem.
# Before the names or logos of the project's other funders.
funding-other = Atbalsta arī

## Kājene un vietnes identitāte (base.html)

# Heading of the links to the site's social media accounts.
footer-social = Sekojiet mums

## Jaunumu vēstules abonēšana

subscribe-heading = Abonējiet jaunumu vēstuli
# $language: the newsletter's language, by its own name, already formatted.
subscribe-intro = Saņemiet mūsu jaunumus e-pastā. Jaunumu vēstules valoda: { $language }.
subscribe-email = E-pasta adrese
subscribe-name = Vārds (nav obligāti)
subscribe-button = Abonēt
# Label of the consent checkbox.
subscribe-consent = Piekrītu saņemt šo jaunumu vēstuli e-pastā. Jebkurā laikā varu atteikties no abonēšanas, izmantojot saiti, kas ir katrā vēstulē.
# Link to the site's privacy notice.
subscribe-privacy = Kā mēs apstrādājam jūsu datus
# Marks a required field.
subscribe-required = obligāti
