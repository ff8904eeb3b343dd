# Textos da interface do tema predeterminado de bulletin: estrutura da páxina, mención do financiamento, subscrición, busca. Galego.
# Un sitio web pode substituír calquera mensaxe co mesmo identificador no seu propio i18n/gl/*.ftl.
# O galego non é lingua oficial da UE: a mención do financiamento non ten versión oficial da Comisión e segue a fórmula habitual.

## Mención do financiamento (Unión Europea)

# The European Commission's wording of the funding statement, shown with the EU emblem (partials/eu-emblem.html).
funding-funded-by = Financiado pola Unión Europea
funding-cofunded-by = Cofinanciado pola Unión Europea
# $number: the grant agreement's number, inserted as it is.
funding-grant-agreement = Acordo de subvención n.º { $number }
# $authority: the granting authority's name as the site gives it in this language (e.g. EACEA). It follows the
# generic term in brackets, so that it never has to be declined or take an article.
funding-views = Os puntos de vista e as opinións expresados son exclusivamente os do autor ou autores e non reflicten necesariamente os da Unión Europea nin os da autoridade outorgante ({ $authority }). Nin a Unión Europea nin a autoridade outorgante poden ser consideradas responsables deles.
# The same disclaimer when the site names no granting authority.
funding-views-eu = Os puntos de vista e as opinións expresados son exclusivamente os do autor ou autores e non reflicten necesariamente os da Unión Europea. Nin a Unión Europea nin a autoridade outorgante poden ser consideradas responsables deles.
# Before the names or logos of the project's other funders.
funding-other = Co apoio tamén de

## Pé de páxina e identidade do sitio (base.html)

# Heading of the links to the site's social media accounts.
footer-social = Síguenos

## Subscrición ao boletín

subscribe-heading = Subscríbete ao boletín
# $language: the newsletter's language, by its own name, already formatted.
subscribe-intro = Recibe as nosas novas por correo electrónico, en { $language }.
subscribe-email = Enderezo electrónico
subscribe-name = Nome (opcional)
subscribe-button = Subscribirse
# Label of the consent checkbox.
subscribe-consent = Acepto recibir este boletín por correo electrónico. Podo darme de baixa en calquera momento coa ligazón que inclúe cada correo.
# Link to the site's privacy notice.
subscribe-privacy = Como tratamos os teus datos
# Marks a required field.
subscribe-required = obrigatorio
