# Textos de la interfaz del tema por defecto de bulletin: estructura de la página, mención de la financiación, suscripción, búsqueda. Español.
# Un sitio puede sustituir cualquier mensaje con el mismo identificador en su propio i18n/es/*.ftl.

## Mención de la financiación (Unión Europea)

# The European Commission's wording of the funding statement, shown with the EU emblem (partials/eu-emblem.html).
funding-funded-by = Financiado por la Unión Europea
funding-cofunded-by = Cofinanciado por la Unión Europea
# $number: the grant agreement's number, inserted as it is.
funding-grant-agreement = Acuerdo de subvención n.º { $number }
# $authority: the granting authority's name as the site gives it in this language (e.g. EACEA). It follows the
# generic term in brackets, so that it never has to be declined or take an article.
funding-views = Las opiniones y puntos de vista expresados solo comprometen a su(s) autor(es) y no reflejan necesariamente los de la Unión Europea o los de la autoridad otorgante ({ $authority }). Ni la Unión Europea ni la autoridad otorgante pueden ser consideradas responsables de ellos.
# The same disclaimer when the site names no granting authority.
funding-views-eu = Las opiniones y puntos de vista expresados solo comprometen a su(s) autor(es) y no reflejan necesariamente los de la Unión Europea. Ni la Unión Europea ni la autoridad otorgante pueden ser consideradas responsables de ellos.
# Before the names or logos of the project's other funders.
funding-other = Con el apoyo también de

## Pie de página e identidad del sitio (base.html)

# Heading of the links to the site's social media accounts.
footer-social = Síguenos

## Formulario de suscripción al boletín

subscribe-heading = Suscríbete al boletín
# $language: the newsletter's language, by its own name, already formatted.
subscribe-intro = Recibe nuestras noticias por correo electrónico, en { $language }.
subscribe-email = Dirección de correo electrónico
subscribe-name = Nombre (opcional)
subscribe-button = Suscribirse
# Label of the consent checkbox.
subscribe-consent = Acepto recibir este boletín por correo electrónico. Puedo darme de baja en cualquier momento con el enlace que incluye cada correo.
# Link to the site's privacy notice.
subscribe-privacy = Cómo tratamos tus datos
# Marks a required field.
subscribe-required = obligatorio
